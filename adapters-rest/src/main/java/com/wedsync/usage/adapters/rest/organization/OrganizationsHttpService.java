package com.wedsync.usage.adapters.rest.organization;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.paging.PageJson;
import com.wedsync.usage.adapters.rest.paging.Paging;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.tenancy.ManageOrganizationsUseCase;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/**
 * {@code /organizations} and {@code /organizations/{id}}: admins create, list and change organizations; owners
 * and viewers read (and list) their own. Access rules live in the use case.
 */
public final class OrganizationsHttpService implements HttpService {

    private static final QueryParameters LIST = QueryParameters.paged();
    private static final ObjectReader CREATE_READER = Json.readerFor(CreateOrganizationJson.class);
    private static final ObjectReader UPDATE_READER = Json.readerFor(UpdateOrganizationJson.class);
    private static final ObjectWriter ORGANIZATION_WRITER = Json.writerFor(OrganizationJson.class);
    private static final ObjectWriter PAGE_WRITER = Json.writerFor(PageJson.class);

    private final ManageOrganizationsUseCase organizations;
    private final JsonBodies bodies;

    public OrganizationsHttpService(ManageOrganizationsUseCase organizations, JsonBodies bodies) {
        this.organizations = organizations;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/organizations", NONE.guard(this::create))
                .get("/organizations", LIST.guard(this::list))
                .get("/organizations/{id}", NONE.guard(this::get))
                .patch("/organizations/{id}", NONE.guard(this::update));
        MethodNotAllowed.fallback(rules, "/organizations", "GET, POST");
        MethodNotAllowed.fallback(rules, "/organizations/{id}", "GET, PATCH");
    }

    private void create(ServerRequest request, ServerResponse response) {
        CreateOrganizationJson body = bodies.read(request, CREATE_READER);
        Organization created = organizations.create(body.toCommand(Caller.of(request)));
        response.header(HeaderNames.LOCATION, "/v1/organizations/" + created.id().value());
        JsonBodies.send(response, 201, ORGANIZATION_WRITER, OrganizationJson.fromDomain(created));
    }

    private void list(ServerRequest request, ServerResponse response) {
        var page = organizations.list(Caller.of(request), Paging.pageRequest(request.query()));
        JsonBodies.send(response, 200, PAGE_WRITER, PageJson.fromDomain(page, OrganizationJson::fromDomain));
    }

    private void get(ServerRequest request, ServerResponse response) {
        Organization organization = organizations.get(Caller.of(request), id(request));
        JsonBodies.send(response, 200, ORGANIZATION_WRITER, OrganizationJson.fromDomain(organization));
    }

    private void update(ServerRequest request, ServerResponse response) {
        OrganizationId id = id(request);
        UpdateOrganizationJson body = UpdateOrganizationJson.read(bodies.readTree(request), UPDATE_READER);
        Organization updated = organizations.update(body.toCommand(Caller.of(request), id));
        JsonBodies.send(response, 200, ORGANIZATION_WRITER, OrganizationJson.fromDomain(updated));
    }

    private static OrganizationId id(ServerRequest request) {
        return new OrganizationId(request.path().pathParameters().get("id"));
    }
}
