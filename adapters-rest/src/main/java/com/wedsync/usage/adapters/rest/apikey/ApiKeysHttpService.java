package com.wedsync.usage.adapters.rest.apikey;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.json.WireValues;
import com.wedsync.usage.adapters.rest.paging.PageJson;
import com.wedsync.usage.adapters.rest.paging.Paging;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.tenancy.CreatedSecret;
import com.wedsync.usage.application.tenancy.ManageApiKeysUseCase;
import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/**
 * An organization's API keys: created (secret shown once) and listed under {@code /organizations/{id}/api-keys},
 * read and revoked under {@code /api-keys/{id}}. Another organization's key answers 404, like a missing one.
 */
public final class ApiKeysHttpService implements HttpService {

    private static final QueryParameters LIST = QueryParameters.paged();
    private static final String KEYS_OF_ORGANIZATION = "/organizations/{id}/api-keys";
    private static final String KEY = "/api-keys/{id}";
    private static final String MANAGE_KEYS = "manage API keys";
    private static final ObjectReader CREATE_READER = Json.readerFor(CreateApiKeyJson.class);
    private static final ObjectWriter KEY_WRITER = Json.writerFor(ApiKeyJson.class);
    private static final ObjectWriter PAGE_WRITER = Json.writerFor(PageJson.class);

    private final ManageApiKeysUseCase keys;
    private final JsonBodies bodies;

    public ApiKeysHttpService(ManageApiKeysUseCase keys, JsonBodies bodies) {
        this.keys = keys;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(KEYS_OF_ORGANIZATION, NONE.guard(this::create))
                .get(KEYS_OF_ORGANIZATION, LIST.guard(this::list))
                .get(KEY, NONE.guard(this::get))
                .delete(KEY, NONE.guard(this::revoke));
        MethodNotAllowed.fallback(rules, KEYS_OF_ORGANIZATION, "GET, POST");
        MethodNotAllowed.fallback(rules, KEY, "GET, DELETE");
    }

    private void create(ServerRequest request, ServerResponse response) {
        Principal principal = Caller.notService(request, MANAGE_KEYS);
        OrganizationId organization = new OrganizationId(request.path().pathParameters().get("id"));
        CreateApiKeyJson body = bodies.readOrDefault(request, CREATE_READER, CreateApiKeyJson.NONE);
        CreatedSecret<ApiKey> created = keys.create(principal, organization, body.name(),
                WireValues.optionalInstant(body.expiresAt(), "expiresAt"));
        response.header(HeaderNames.LOCATION, "/v1/api-keys/" + created.credential().id().value());
        JsonBodies.send(response, 201, KEY_WRITER, ApiKeyJson.withSecret(created));
    }

    private void list(ServerRequest request, ServerResponse response) {
        OrganizationId organization = new OrganizationId(request.path().pathParameters().get("id"));
        var page = keys.list(Caller.of(request), organization, Paging.pageRequest(request.query()));
        JsonBodies.send(response, 200, PAGE_WRITER, PageJson.fromDomain(page, ApiKeyJson::fromDomain));
    }

    private void get(ServerRequest request, ServerResponse response) {
        ApiKey key = keys.get(Caller.of(request), keyId(request));
        JsonBodies.send(response, 200, KEY_WRITER, ApiKeyJson.fromDomain(key));
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        ApiKey revoked = keys.revoke(Caller.notService(request, MANAGE_KEYS), keyId(request));
        JsonBodies.send(response, 200, KEY_WRITER, ApiKeyJson.fromDomain(revoked));
    }

    private static ApiKeyId keyId(ServerRequest request) {
        return new ApiKeyId(request.path().pathParameters().get("id"));
    }
}
