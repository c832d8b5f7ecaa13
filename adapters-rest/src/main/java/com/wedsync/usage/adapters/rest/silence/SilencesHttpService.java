package com.wedsync.usage.adapters.rest.silence;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.paging.PageJson;
import com.wedsync.usage.adapters.rest.paging.Paging;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.alerting.ManageSilencesUseCase;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.Silence;
import com.wedsync.usage.domain.alerting.SilenceId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.common.uri.UriQuery;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/**
 * {@code /silences} and {@code /silences/{id}}: silences are created, listed ({@code ?organizationId=&active=true}),
 * read, and ended by DELETE (kept, with their end moved to now). Access rules live in the use case.
 */
public final class SilencesHttpService implements HttpService {

    private static final QueryParameters LIST = QueryParameters.paged("organizationId", "active");
    private static final String SILENCES = "/silences";
    private static final String SILENCE = "/silences/{id}";
    private static final ObjectReader BODY_READER = Json.readerFor(CreateSilenceJson.class);
    private static final ObjectWriter SILENCE_WRITER = Json.writerFor(SilenceJson.class);
    private static final ObjectWriter PAGE_WRITER = Json.writerFor(PageJson.class);

    private final ManageSilencesUseCase silences;
    private final JsonBodies bodies;

    public SilencesHttpService(ManageSilencesUseCase silences, JsonBodies bodies) {
        this.silences = silences;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules routes) {
        routes.post(SILENCES, NONE.guard(this::create))
                .get(SILENCES, LIST.guard(this::list))
                .get(SILENCE, NONE.guard(this::get))
                .delete(SILENCE, NONE.guard(this::end));
        MethodNotAllowed.fallback(routes, SILENCES, "GET, POST");
        MethodNotAllowed.fallback(routes, SILENCE, "GET, DELETE");
    }

    private void create(ServerRequest request, ServerResponse response) {
        Principal principal = Caller.notService(request, "manage silences");
        CreateSilenceJson body = bodies.read(request, BODY_READER);
        Silence created = silences.create(body.toCommand(principal));
        response.header(HeaderNames.LOCATION, "/v1/silences/" + created.id().value());
        JsonBodies.send(response, 201, SILENCE_WRITER, SilenceJson.fromDomain(created));
    }

    private void list(ServerRequest request, ServerResponse response) {
        UriQuery query = request.query();
        var organization = query.first("organizationId").asOptional().map(OrganizationId::new);
        var page = silences.list(Caller.of(request), organization, active(query), Paging.pageRequest(query));
        JsonBodies.send(response, 200, PAGE_WRITER, PageJson.fromDomain(page, SilenceJson::fromDomain));
    }

    private void get(ServerRequest request, ServerResponse response) {
        Silence silence = silences.get(Caller.of(request), silenceId(request));
        JsonBodies.send(response, 200, SILENCE_WRITER, SilenceJson.fromDomain(silence));
    }

    private void end(ServerRequest request, ServerResponse response) {
        silences.end(Caller.of(request), silenceId(request));
        response.status(204).send();
    }

    private static boolean active(UriQuery query) {
        return query.first("active").asOptional().map(text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'active' must be true or false, was "
                    + Require.quoted(text));
        }).orElse(false);
    }

    private static SilenceId silenceId(ServerRequest request) {
        return new SilenceId(request.path().pathParameters().get("id"));
    }
}
