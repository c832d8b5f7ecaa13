package com.wedsync.usage.adapters.rest.incident;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.paging.PageJson;
import com.wedsync.usage.adapters.rest.paging.Paging;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.incident.AcknowledgeIncidentCommand;
import com.wedsync.usage.application.incident.ListIncidentsCommand;
import com.wedsync.usage.application.incident.ReadIncidentCommand;
import com.wedsync.usage.application.incident.ResolveIncidentCommand;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/**
 * {@code /incidents}: listed newest first with filters and read with their histories by admins, owners and viewers
 * (their own organization's); triggered by hand, acknowledged and resolved by admins and owners. Another
 * organization's incident answers 404, like a missing one.
 */
public final class IncidentsHttpService implements HttpService {

    private static final QueryParameters LIST = QueryParameters.paged("state", "organizationId", "severity", "ruleId");
    private static final String INCIDENTS = "/incidents";
    private static final String INCIDENT = "/incidents/{id}";
    private static final String ACKNOWLEDGE = "/incidents/{id}/acknowledge";
    private static final String RESOLVE = "/incidents/{id}/resolve";
    private static final ObjectReader TRIGGER_READER = Json.readerFor(TriggerIncidentJson.class);
    private static final ObjectReader COMMENT_READER = Json.readerFor(IncidentCommentJson.class);
    private static final ObjectWriter PAGE_WRITER = Json.writerFor(PageJson.class);

    private final IncidentUseCases incidents;
    private final JsonBodies bodies;

    public IncidentsHttpService(IncidentUseCases incidents, JsonBodies bodies) {
        this.incidents = incidents;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(INCIDENTS, LIST.guard(this::list))
                .post(INCIDENTS, NONE.guard(this::trigger))
                .get(INCIDENT, NONE.guard(this::read))
                .post(ACKNOWLEDGE, NONE.guard(this::acknowledge))
                .post(RESOLVE, NONE.guard(this::resolve));
        MethodNotAllowed.fallback(rules, INCIDENTS, "GET, POST");
        MethodNotAllowed.fallback(rules, INCIDENT, "GET");
        MethodNotAllowed.fallback(rules, ACKNOWLEDGE, "POST");
        MethodNotAllowed.fallback(rules, RESOLVE, "POST");
    }

    private void list(ServerRequest request, ServerResponse response) {
        ListIncidentsCommand command = new ListIncidentsCommand(Caller.of(request),
                IncidentQuery.filter(request.query()), Paging.pageRequest(request.query()));
        JsonBodies.send(response, 200, PAGE_WRITER,
                PageJson.fromDomain(incidents.list().list(command), IncidentJson::fromDomain));
    }

    private void trigger(ServerRequest request, ServerResponse response) {
        Principal principal = IncidentAnswers.handler(Caller.of(request));
        TriggerIncidentJson body = bodies.read(request, TRIGGER_READER);
        IncidentAnswers.created(response, incidents.trigger().trigger(body.toCommand(principal)));
    }

    private void read(ServerRequest request, ServerResponse response) {
        IncidentAnswers.send(response, incidents.read().read(new ReadIncidentCommand(Caller.of(request),
                incidentId(request))));
    }

    private void acknowledge(ServerRequest request, ServerResponse response) {
        Principal principal = IncidentAnswers.handler(Caller.of(request));
        IncidentAnswers.send(response, incidents.acknowledge().acknowledge(new AcknowledgeIncidentCommand(principal,
                incidentId(request), comment(request))));
    }

    private void resolve(ServerRequest request, ServerResponse response) {
        Principal principal = IncidentAnswers.handler(Caller.of(request));
        IncidentAnswers.send(response, incidents.resolve().resolve(new ResolveIncidentCommand(principal,
                incidentId(request), comment(request))));
    }

    private Optional<String> comment(ServerRequest request) {
        return Optional.ofNullable(bodies.readOrDefault(request, COMMENT_READER, IncidentCommentJson.NONE).comment());
    }

    private static IncidentId incidentId(ServerRequest request) {
        return new IncidentId(request.path().pathParameters().get("id"));
    }
}
