package com.wedsync.usage.adapters.rest.apikey;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysRoutingTest {

    private static TestApp app;
    private static String ownerOfA;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        app.organization("org-empty", "FREE");
        ownerOfA = app.token(Role.OWNER, "org-a");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anOwnerCreatesAKeyWhoseSecretIsShownOnlyOnce() {
        Answer created = app.http.post("/v1/organizations/org-a/api-keys", ownerOfA,
                "{\"name\":\"checkout\",\"expiresAt\":\"2030-01-01T00:00:00Z\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode key = created.json();
        assertThat(key.path("secret").asText()).startsWith("wsk_").hasSize(36);
        assertThat(key.path("prefix").asText()).startsWith(key.path("secret").asText().substring(0, 8));
        assertThat(key.path("organizationId").asText()).isEqualTo("org-a");
        assertThat(key.path("expiresAt").asText()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(key.path("revokedAt").isNull()).isTrue();
        assertThat(created.header("Location")).hasValue("/v1/api-keys/" + key.path("id").asText());
        JsonNode read = app.http.get("/v1/api-keys/" + key.path("id").asText(), ownerOfA).json();
        assertThat(read.has("secret")).isFalse();
        assertThat(read.path("name").asText()).isEqualTo("checkout");
        JsonNode listed = app.http.get("/v1/organizations/org-a/api-keys", ownerOfA).json();
        assertThat(listed.path("items").findValuesAsText("id")).contains(key.path("id").asText());
        assertThat(listed.toString()).doesNotContain(key.path("secret").asText());
    }

    @Test
    void keysAreListedInPagesWithACursor() {
        app.organization("many-keys", "FREE");
        for (int i = 0; i < 5; i++) {
            assertThat(app.http.post("/v1/organizations/many-keys/api-keys", TestApp.ADMIN_TOKEN, "{}").status())
                    .isEqualTo(201);
        }
        JsonNode first = app.http.get("/v1/organizations/many-keys/api-keys?limit=2", TestApp.ADMIN_TOKEN).json();
        JsonNode second = app.http.get("/v1/organizations/many-keys/api-keys?limit=2&cursor="
                + first.path("nextCursor").asText(), TestApp.ADMIN_TOKEN).json();
        JsonNode last = app.http.get("/v1/organizations/many-keys/api-keys?limit=2&cursor="
                + second.path("nextCursor").asText(), TestApp.ADMIN_TOKEN).json();

        assertThat(first.path("items")).hasSize(2);
        assertThat(second.path("items")).hasSize(2);
        assertThat(last.path("items")).hasSize(1);
        assertThat(last.path("nextCursor").isNull()).isTrue();
        assertThat(first.path("items").findValuesAsText("id")).doesNotContainAnyElementsOf(
                second.path("items").findValuesAsText("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"?limit=0", "?limit=501", "?limit=abc", "?cursor=key_unknown"})
    void badPagingOfKeysIsABadRequest(String query) {
        app.http.get("/v1/organizations/org-a/api-keys" + query, ownerOfA).isProblem(400, "invalid-request");
    }

    @Test
    void aKeyMayBeCreatedWithoutABodyAndRevoked() {
        Answer created = app.http.post("/v1/organizations/org-a/api-keys", ownerOfA, null);
        String id = created.json().path("id").asText();

        Answer revoked = app.http.delete("/v1/api-keys/" + id, ownerOfA);

        assertThat(created.status()).isEqualTo(201);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("revokedAt").asText()).isEqualTo(TestApp.START.toString());
    }

    @Test
    void anotherOrganizationsKeysAreNotFound() {
        String keyOfB = app.http.post("/v1/organizations/org-b/api-keys", TestApp.ADMIN_TOKEN, "{}")
                .json().path("id").asText();

        app.http.get("/v1/organizations/org-b/api-keys", ownerOfA).isProblem(404, "not-found");
        app.http.post("/v1/organizations/org-b/api-keys", ownerOfA, "{}").isProblem(404, "not-found");
        app.http.get("/v1/api-keys/" + keyOfB, ownerOfA).isProblem(404, "not-found");
        app.http.delete("/v1/api-keys/" + keyOfB, ownerOfA).isProblem(404, "not-found");
        assertThat(app.http.get("/v1/api-keys/" + keyOfB, TestApp.ADMIN_TOKEN).json().path("revokedAt").isNull())
                .isTrue();
    }

    @Test
    void aViewerListsButMayNotCreate() {
        String viewer = app.token(Role.VIEWER, "org-a");

        assertThat(app.http.get("/v1/organizations/org-a/api-keys", viewer).status()).isEqualTo(200);
        app.http.post("/v1/organizations/org-a/api-keys", viewer, "{}").isProblem(403, "forbidden");
    }

    @Test
    void aServiceMayNotCreateOrRevokeKeysOfAnOrganizationThatExists() {
        String service = app.token(Role.SERVICE, null);
        String key = app.http.post("/v1/organizations/org-a/api-keys", TestApp.ADMIN_TOKEN, "{}").json()
                .path("id").asText();

        Answer created = app.http.post("/v1/organizations/org-a/api-keys", service, "{}").isProblem(403, "forbidden");
        Answer revoked = app.http.delete("/v1/api-keys/" + key, service).isProblem(403, "forbidden");

        assertThat(created.detail()).isEqualTo("a service token may not manage API keys");
        assertThat(revoked.detail()).isEqualTo("a service token may not manage API keys");
    }

    @Test
    void unknownKeysAndOrganizationsAreNotFound() {
        app.http.get("/v1/api-keys/key_doesnotexist", TestApp.ADMIN_TOKEN).isProblem(404, "not-found");
        app.http.post("/v1/organizations/nobody/api-keys", TestApp.ADMIN_TOKEN, "{}").isProblem(404, "not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"expiresAt\":\"tomorrow\"}", "{\"expiresAt\":\"2001-01-01T00:00:00Z\"}",
            "{\"name\":\"tab\\there\"}", "{\"name\":7}", "{\"label\":\"x\"}", "{", "[1]"})
    void badInputIsABadRequestAndCreatesNoKey(String body) {
        app.http.post("/v1/organizations/org-empty/api-keys", TestApp.ADMIN_TOKEN, body)
                .isProblem(400, "invalid-request");

        assertThat(app.http.get("/v1/organizations/org-empty/api-keys", TestApp.ADMIN_TOKEN).json().path("items"))
                .isEmpty();
    }

    @Test
    void aMalformedKeyIdIsABadRequest() {
        app.http.get("/v1/api-keys/not-a-key-id", TestApp.ADMIN_TOKEN).isProblem(400, "invalid-request");
    }
}
