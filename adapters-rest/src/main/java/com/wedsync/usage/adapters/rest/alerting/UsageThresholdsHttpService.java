package com.wedsync.usage.adapters.rest.alerting;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.application.alerting.SetUsageAlertThresholdsUseCase;
import com.wedsync.usage.application.alerting.UsageAlertThresholds;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/**
 * {@code POST /usage-analytics} (under {@code /api}): the original endpoint's usage alert thresholds, which become
 * rules of the organization. GET on the same path is the analytics report, routed by {@code
 * UsageAnalyticsHttpService}; each of the two leaves the other's method to it, whichever is registered first.
 */
public final class UsageThresholdsHttpService implements HttpService {

    private static final String PATH = "/usage-analytics";
    private static final ObjectReader BODY_READER = Json.readerFor(UsageThresholdsJson.class);
    private static final ObjectWriter ANSWER_WRITER = Json.writerFor(UsageThresholdsAnswerJson.class);

    private final SetUsageAlertThresholdsUseCase thresholds;
    private final JsonBodies bodies;

    public UsageThresholdsHttpService(SetUsageAlertThresholdsUseCase thresholds, JsonBodies bodies) {
        this.thresholds = thresholds;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, NONE.guard(this::set));
        MethodNotAllowed.fallbackLeaving(rules, PATH, "GET, POST", Method.GET, Method.POST);
    }

    private void set(ServerRequest request, ServerResponse response) {
        Principal principal = AlertRulesHttpService.person(request);
        UsageThresholdsJson body = bodies.read(request, BODY_READER);
        UsageAlertThresholds set = thresholds.set(body.toCommand(principal));
        JsonBodies.send(response, 200, ANSWER_WRITER, UsageThresholdsAnswerJson.fromDomain(set));
    }
}
