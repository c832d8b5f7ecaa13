package com.wedsync.usage.adapters.rest.incident;

import com.fasterxml.jackson.databind.ObjectReader;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.application.incident.AcknowledgeIncidentCommand;
import com.wedsync.usage.application.incident.ResolveIncidentCommand;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/**
 * {@code POST /health-monitoring}, for admins: the original endpoint's way to acknowledge, resolve or trigger an
 * incident ({@link HealthMonitoringActionJson}), answering as {@code /v1/incidents} does. GET and HEAD of the same
 * path (the health summary) belong to the health service; the fallbacks of both leave each other's methods alone.
 */
public final class HealthMonitoringActionsHttpService implements HttpService {

    private static final String PATH = "/health-monitoring";
    private static final ObjectReader ACTION_READER = Json.readerFor(HealthMonitoringActionJson.class);

    private final IncidentUseCases incidents;
    private final JsonBodies bodies;

    public HealthMonitoringActionsHttpService(IncidentUseCases incidents, JsonBodies bodies) {
        this.incidents = incidents;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, NONE.guard(this::act));
        MethodNotAllowed.fallbackLeaving(rules, PATH, "GET, HEAD, POST", Method.GET, Method.HEAD, Method.POST);
    }

    private void act(ServerRequest request, ServerResponse response) {
        Principal admin = Caller.admin(request);
        HealthMonitoringActionJson body = bodies.read(request, ACTION_READER);
        switch (body.toAction()) {
            case ACKNOWLEDGE -> IncidentAnswers.send(response, incidents.acknowledge().acknowledge(
                    new AcknowledgeIncidentCommand(admin, body.toIncidentId(), body.toComment())));
            case RESOLVE -> IncidentAnswers.send(response, incidents.resolve().resolve(
                    new ResolveIncidentCommand(admin, body.toIncidentId(), body.toComment())));
            case TRIGGER -> IncidentAnswers.created(response,
                    incidents.trigger().trigger(body.toTrigger().toCommand(admin)));
        }
    }
}
