package com.wedsync.usage.adapters.rest.ingest;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.application.ingest.RecordUsageCommand;
import com.wedsync.usage.application.ingest.RecordUsageResult;
import com.wedsync.usage.application.ingest.RecordUsageUseCase;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/**
 * {@code POST /usage-events}: 202 once every accepted event is durable. Too many bytes or events is a 413 and
 * stores nothing; per-event problems are reported in the answer and do not hold the batch back.
 */
public final class UsageEventsHttpService implements HttpService {

    private static final ObjectWriter ANSWER_WRITER = Json.writerFor(IngestResultJson.class);

    private final RecordUsageUseCase recordUsage;
    private final JsonBodies bodies;

    public UsageEventsHttpService(RecordUsageUseCase recordUsage, JsonBodies bodies) {
        this.recordUsage = recordUsage;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/usage-events", NONE.guard(this::record));
        MethodNotAllowed.fallback(rules, "/usage-events", "POST");
    }

    private void record(ServerRequest request, ServerResponse response) {
        Caller.metering(request);
        RecordUsageCommand command = new RecordUsageCommand(BatchJson.submissions(bodies.readTree(request)));
        RecordUsageResult result = recordUsage.record(command);
        JsonBodies.send(response, 202, ANSWER_WRITER, IngestResultJson.fromDomain(result));
    }
}
