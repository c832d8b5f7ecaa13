package com.wedsync.usage.adapters.rest.decision;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.application.decision.DecideCallUseCase;
import com.wedsync.usage.application.decision.DecisionOutcome;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/**
 * {@code POST /decisions}, the hot path: every metered call of WedSync's API passes here. It answers 200 for
 * admissions and denials alike (the decision itself succeeded); reader and writer are built once.
 */
public final class DecisionHttpService implements HttpService {

    private static final ObjectReader REQUEST_READER = Json.readerFor(DecisionRequestJson.class);
    private static final ObjectWriter ANSWER_WRITER = Json.writerFor(DecisionJson.class);

    private final DecideCallUseCase decideCall;
    private final JsonBodies bodies;

    public DecisionHttpService(DecideCallUseCase decideCall, JsonBodies bodies) {
        this.decideCall = decideCall;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/decisions", NONE.guard(this::decide));
        MethodNotAllowed.fallback(rules, "/decisions", "POST");
    }

    private void decide(ServerRequest request, ServerResponse response) {
        Caller.metering(request);
        DecisionRequestJson body = bodies.read(request, REQUEST_READER);
        DecisionOutcome outcome = decideCall.decide(body.toCommand());
        RateLimitHeaders.apply(outcome.decision(), response);
        JsonBodies.send(response, 200, ANSWER_WRITER, DecisionJson.fromDomain(outcome));
    }
}
