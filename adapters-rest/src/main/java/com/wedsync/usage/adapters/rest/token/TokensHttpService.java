package com.wedsync.usage.adapters.rest.token;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.paging.PageJson;
import com.wedsync.usage.adapters.rest.paging.Paging;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.tenancy.CreatedSecret;
import com.wedsync.usage.application.tenancy.ManageTokensUseCase;
import com.wedsync.usage.domain.tenancy.ManagementToken;
import com.wedsync.usage.domain.tenancy.ManagementTokenId;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.wedsync.usage.adapters.rest.query.QueryParameters.NONE;

/** {@code /tokens} and {@code /tokens/{id}}: management tokens, created (secret shown once), listed, revoked. */
public final class TokensHttpService implements HttpService {

    private static final QueryParameters LIST = QueryParameters.paged();
    private static final ObjectReader CREATE_READER = Json.readerFor(CreateTokenJson.class);
    private static final ObjectWriter TOKEN_WRITER = Json.writerFor(TokenJson.class);
    private static final ObjectWriter PAGE_WRITER = Json.writerFor(PageJson.class);

    private final ManageTokensUseCase tokens;
    private final JsonBodies bodies;

    public TokensHttpService(ManageTokensUseCase tokens, JsonBodies bodies) {
        this.tokens = tokens;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/tokens", NONE.guard(this::create))
                .get("/tokens", LIST.guard(this::list))
                .get("/tokens/{id}", NONE.guard(this::get))
                .delete("/tokens/{id}", NONE.guard(this::revoke));
        MethodNotAllowed.fallback(rules, "/tokens", "GET, POST");
        MethodNotAllowed.fallback(rules, "/tokens/{id}", "GET, DELETE");
    }

    private void create(ServerRequest request, ServerResponse response) {
        Caller.admin(request);
        CreateTokenJson body = bodies.read(request, CREATE_READER);
        CreatedSecret<ManagementToken> created = tokens.create(Caller.of(request), body.toRole(),
                body.toOrganization());
        response.header(HeaderNames.LOCATION, "/v1/tokens/" + created.credential().id().value());
        JsonBodies.send(response, 201, TOKEN_WRITER, TokenJson.withSecret(created));
    }

    private void list(ServerRequest request, ServerResponse response) {
        var page = tokens.list(Caller.of(request), Paging.pageRequest(request.query()));
        JsonBodies.send(response, 200, PAGE_WRITER, PageJson.fromDomain(page, TokenJson::fromDomain));
    }

    private void get(ServerRequest request, ServerResponse response) {
        ManagementToken token = tokens.get(Caller.of(request), tokenId(request));
        JsonBodies.send(response, 200, TOKEN_WRITER, TokenJson.fromDomain(token));
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        ManagementToken revoked = tokens.revoke(Caller.of(request), tokenId(request));
        JsonBodies.send(response, 200, TOKEN_WRITER, TokenJson.fromDomain(revoked));
    }

    private static ManagementTokenId tokenId(ServerRequest request) {
        return new ManagementTokenId(request.path().pathParameters().get("id"));
    }
}
