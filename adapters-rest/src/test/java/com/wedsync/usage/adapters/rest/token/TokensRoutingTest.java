package com.wedsync.usage.adapters.rest.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class TokensRoutingTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static int tokenCount() {
        return app.http.get("/v1/tokens?limit=500", ADMIN_TOKEN).json().path("items").size();
    }

    @Test
    void anAdminCreatesATokenThatWorksUntilRevoked() {
        Answer created = app.http.post("/v1/tokens", ADMIN_TOKEN, "{\"role\":\"viewer\",\"organizationId\":\"org-a\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode token = created.json();
        String secret = token.path("secret").asText();
        assertThat(secret).startsWith("wsm_");
        assertThat(token.path("role").asText()).isEqualTo("viewer");
        assertThat(created.header("Location")).hasValue("/v1/tokens/" + token.path("id").asText());
        assertThat(app.http.get("/v1/organizations/org-a", secret).status()).isEqualTo(200);

        Answer revoked = app.http.delete("/v1/tokens/" + token.path("id").asText(), ADMIN_TOKEN);
        app.clock.advance(Duration.ofSeconds(1));

        assertThat(revoked.json().path("revokedAt").isTextual()).isTrue();
        app.http.get("/v1/organizations/org-a", secret).isProblem(401, "unauthorized");
    }

    @Test
    void tokensAreListedAndReadWithoutTheirSecrets() {
        String id = app.http.post("/v1/tokens", ADMIN_TOKEN, "{\"role\":\"service\"}").json().path("id").asText();

        JsonNode read = app.http.get("/v1/tokens/" + id, ADMIN_TOKEN).json();
        JsonNode page = app.http.get("/v1/tokens?limit=1", ADMIN_TOKEN).json();

        assertThat(read.has("secret")).isFalse();
        assertThat(read.path("organizationId").isNull()).isTrue();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.has("nextCursor")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"role\":\"owner\"}", "{\"role\":\"service\",\"organizationId\":\"org-a\"}",
            "{\"role\":\"root\"}", "{}", "{\"role\":\"viewer\",\"organizationId\":\"nobody\"}",
            "{\"role\":\"admin\",\"scope\":\"all\"}", "{\"role\":[\"admin\"]}"})
    void badInputIsABadRequestAndCreatesNoToken(String body) {
        int before = tokenCount();

        app.http.post("/v1/tokens", ADMIN_TOKEN, body).isProblem(400, "invalid-request");

        assertThat(tokenCount()).isEqualTo(before);
    }

    @Test
    void onlyAdminsManageTokens() {
        String owner = app.token(Role.OWNER, "org-a");

        app.http.post("/v1/tokens", owner, "{\"role\":\"admin\"}").isProblem(403, "forbidden");
        app.http.get("/v1/tokens", owner).isProblem(403, "forbidden");
    }

    @Test
    void anUnknownTokenIsNotFound() {
        app.http.get("/v1/tokens/tok_unknown", ADMIN_TOKEN).isProblem(404, "not-found");
        app.http.delete("/v1/tokens/tok_unknown", ADMIN_TOKEN).isProblem(404, "not-found");
    }
}
