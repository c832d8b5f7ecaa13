package com.wedsync.usage.adapters.rest.silence;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Every route of {@code /v1/silences}, who may use it, and every refusal. */
class SilencesRoutingTest {

    private static final String RULE = "{\"name\":\"Errors\",\"scope\":{\"organizationId\":\"%s\"},"
            + "\"metric\":\"error_rate\",\"comparator\":\">\",\"threshold\":0.05,\"window\":\"PT5M\"}";
    private static final String SYSTEM_RULE = "{\"name\":\"Down\",\"scope\":{\"system\":true},\"metric\":\"health\","
            + "\"comparator\":\">=\",\"threshold\":2,\"window\":\"PT1M\"}";
    private static final String HOUR = "2025-06-02T11:00:00Z";

    private static TestApp app;
    private static String ownerOfA;
    private static String viewerOfA;
    private static String ownerOfB;
    private static String ruleOfA;
    private static String ruleOfB;
    private static String systemRule;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        ownerOfA = app.token(Role.OWNER, "org-a");
        viewerOfA = app.token(Role.VIEWER, "org-a");
        ownerOfB = app.token(Role.OWNER, "org-b");
        ruleOfA = app.http.post("/v1/alert-rules", ownerOfA, RULE.formatted("org-a")).json().path("id").asText();
        ruleOfB = app.http.post("/v1/alert-rules", ownerOfB, RULE.formatted("org-b")).json().path("id").asText();
        systemRule = app.http.post("/v1/alert-rules", ADMIN_TOKEN, SYSTEM_RULE).json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anOwnerSilencesARuleOfItsOrganizationAndReadsItBack() {
        Answer created = app.http.post("/v1/silences", ownerOfA, "{\"ruleId\":\"" + ruleOfA + "\",\"endsAt\":\""
                + HOUR + "\",\"comment\":\"deploying\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(id).matches("sil_[A-Za-z0-9]{16}");
        assertThat(created.header("Location")).hasValue("/v1/silences/" + id);
        assertThat(created.body()).isEqualTo("{\"id\":\"" + id + "\",\"ruleId\":\"" + ruleOfA + "\","
                + "\"organizationId\":\"org-a\",\"startsAt\":\"" + app.clock.instant() + "\",\"endsAt\":\"" + HOUR
                + "\",\"comment\":\"deploying\",\"createdBy\":\"" + created.json().path("createdBy").asText()
                + "\",\"createdAt\":\"" + app.clock.instant() + "\"}");
        assertThat(app.http.get("/v1/silences/" + id, ownerOfA).json()).isEqualTo(created.json());
        assertThat(app.http.get("/v1/silences/" + id, viewerOfA).json()).isEqualTo(created.json());
    }

    @Test
    void anOrganizationIsSilencedFromALaterStartAndListedAsActiveOnlyOnceItStarts() {
        Answer created = app.http.post("/v1/silences", ADMIN_TOKEN, "{\"organizationId\":\"org-b\",\"startsAt\":"
                + "\"2025-06-02T10:30:00Z\",\"endsAt\":\"2025-06-02T12:00:00Z\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.json().path("ruleId").isNull()).isTrue();
        assertThat(created.json().path("comment").isNull()).isTrue();

        assertThat(ids("/v1/silences?organizationId=org-b&active=true", ownerOfB)).doesNotContain(id);
        assertThat(ids("/v1/silences?organizationId=org-b", ownerOfB)).contains(id);
        app.clock.advance(Duration.ofMinutes(31));
        try {
            assertThat(ids("/v1/silences?active=true", ownerOfB)).contains(id);
            assertThat(ids("/v1/silences", ownerOfA)).doesNotContain(id);
        } finally {
            app.clock.advance(Duration.ofMinutes(-31));
        }
    }

    @Test
    void deletingEndsASilenceNowAndKeepsIt() {
        String id = app.http.post("/v1/silences", ownerOfA, "{\"organizationId\":\"org-a\",\"endsAt\":\"" + HOUR
                + "\"}").json().path("id").asText();
        app.clock.advance(Duration.ofSeconds(90));
        try {
            Answer deleted = app.http.delete("/v1/silences/" + id, ownerOfA);

            assertThat(deleted.status()).isEqualTo(204);
            assertThat(deleted.body()).isEmpty();
            assertThat(app.http.get("/v1/silences/" + id, ownerOfA).json().path("endsAt").asText())
                    .isEqualTo(app.clock.instant().toString());
            assertThat(ids("/v1/silences?active=true", ownerOfA)).doesNotContain(id);
            assertThat(app.http.delete("/v1/silences/" + id, ownerOfA).status()).isEqualTo(204);
        } finally {
            app.clock.advance(Duration.ofSeconds(-90));
        }
    }

    @Test
    void listsPageByIdWithACursor() {
        for (int i = 0; i < 3; i++) {
            app.http.post("/v1/silences", ownerOfB, "{\"ruleId\":\"" + ruleOfB + "\",\"endsAt\":\"" + HOUR + "\"}");
        }
        JsonNode first = app.http.get("/v1/silences?organizationId=org-b&limit=2", ownerOfB).json();
        String cursor = first.path("nextCursor").asText();
        JsonNode second = app.http.get("/v1/silences?organizationId=org-b&limit=2&cursor=" + cursor, ownerOfB).json();

        assertThat(first.path("items").size()).isEqualTo(2);
        assertThat(second.path("items").get(0).path("id").asText())
                .isGreaterThan(first.path("items").get(1).path("id").asText());
    }

    @Test
    void anotherOrganizationsSilenceOrRuleIsNotFoundLikeAMissingOne() {
        String ofB = app.http.post("/v1/silences", ownerOfB, "{\"organizationId\":\"org-b\",\"endsAt\":\"" + HOUR
                + "\"}").json().path("id").asText();

        assertThat(app.http.get("/v1/silences/" + ofB, ownerOfA).isProblem(404, "not-found").detail())
                .isEqualTo("no silence '" + ofB + "'");
        app.http.get("/v1/silences/sil_doesnotexist", ownerOfA).isProblem(404, "not-found");
        app.http.delete("/v1/silences/" + ofB, ownerOfA).isProblem(404, "not-found");
        assertThat(app.http.post("/v1/silences", ownerOfA, "{\"ruleId\":\"" + ruleOfB + "\",\"endsAt\":\"" + HOUR
                + "\"}").isProblem(404, "not-found").detail()).isEqualTo("no alert rule '" + ruleOfB + "'");
        assertThat(app.http.post("/v1/silences", ownerOfA, "{\"organizationId\":\"org-b\",\"endsAt\":\"" + HOUR
                + "\"}").isProblem(404, "not-found").detail()).isEqualTo("no organization 'org-b'");
        app.http.post("/v1/silences", ownerOfA, "{\"ruleId\":\"" + systemRule + "\",\"endsAt\":\"" + HOUR + "\"}")
                .isProblem(404, "not-found");
        app.http.get("/v1/silences?organizationId=org-b", ownerOfA).isProblem(404, "not-found");
        app.http.post("/v1/silences", ADMIN_TOKEN, "{\"organizationId\":\"nowhere\",\"endsAt\":\"" + HOUR + "\"}")
                .isProblem(404, "not-found");
        assertThat(app.http.post("/v1/silences", ADMIN_TOKEN, "{\"ruleId\":\"" + systemRule + "\",\"endsAt\":\""
                + HOUR + "\"}").status()).isEqualTo(201);
    }

    @Test
    void aViewerReadsButMayNotWriteAndAServiceTokenMayDoNothing() {
        String ofA = app.http.post("/v1/silences", ownerOfA, "{\"organizationId\":\"org-a\",\"endsAt\":\"" + HOUR
                + "\"}").json().path("id").asText();
        String service = app.token(Role.SERVICE, null);

        assertThat(app.http.post("/v1/silences", viewerOfA, "{\"organizationId\":\"org-a\",\"endsAt\":\"" + HOUR
                + "\"}").isProblem(403, "forbidden").detail()).isEqualTo("role viewer may only read");
        app.http.post("/v1/silences", viewerOfA, "{\"ruleId\":\"" + ruleOfA + "\",\"endsAt\":\"" + HOUR + "\"}")
                .isProblem(403, "forbidden");
        app.http.delete("/v1/silences/" + ofA, viewerOfA).isProblem(403, "forbidden");
        assertThat(ids("/v1/silences", viewerOfA)).contains(ofA);

        app.http.post("/v1/silences", service, "{\"not\":\"a silence\"}").isProblem(403, "forbidden");
        app.http.get("/v1/silences", service).isProblem(403, "forbidden");
        app.http.get("/v1/silences/" + ofA, service).isProblem(403, "forbidden");
        app.http.delete("/v1/silences/" + ofA, service).isProblem(403, "forbidden");
        app.http.get("/v1/silences", null).isProblem(401, "unauthorized");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"endsAt\":\"2025-06-02T11:00:00Z\"}|a silence names exactly one of 'ruleId' and 'organizationId'",
            "{\"ruleId\":\"rule_x\",\"organizationId\":\"org-a\",\"endsAt\":\"2025-06-02T11:00:00Z\"}"
                    + "|a silence names exactly one of 'ruleId' and 'organizationId'",
            "{\"organizationId\":\"org-a\"}|'endsAt' is required",
            "{\"organizationId\":\"org-a\",\"endsAt\":\"soon\"}|'endsAt' must be an ISO-8601 instant such as "
                    + "2025-01-31T12:00:00Z, was \"soon\"",
            "{\"organizationId\":\"org-a\",\"endsAt\":\"2025-06-02T09:00:00Z\"}|'endsAt' must be after 'startsAt' "
                    + "(2025-06-02T10:00:00Z), was 2025-06-02T09:00:00Z",
            "{\"organizationId\":\"org-a\",\"startsAt\":\"2025-06-02T08:00:00Z\",\"endsAt\":\"2025-06-02T09:00:00Z\"}"
                    + "|'endsAt' must be in the future, was 2025-06-02T09:00:00Z",
            "{\"organizationId\":\"org-a\",\"endsAt\":\"2025-07-03T10:00:00Z\"}|'endsAt' must be at most 30 days "
                    + "ahead (2025-07-02T10:00:00Z), was 2025-07-03T10:00:00Z",
            "{\"organizationId\":\"org-a\",\"endsAt\":\"2025-06-02T11:00:00Z\",\"until\":1}|unknown property \"until\"",
            "{\"organizationId\":\"org-a\",\"endsAt\":1}|'endsAt' must be a string",
            "{\"ruleId\":\"nope\",\"endsAt\":\"2025-06-02T11:00:00Z\"}|'ruleId' must be 'rule_' and 1 to 64 "
                    + "letters or digits, was \"nope\""})
    void aBodyThatIsNoSilenceIsABadRequestNamingTheField(String body, String detail) {
        int before = app.http.get("/v1/silences?limit=500", ADMIN_TOKEN).json().path("items").size();

        assertThat(app.http.post("/v1/silences", ownerOfA, body).isProblem(400, "invalid-request").detail())
                .isEqualTo(detail);
        assertThat(app.http.get("/v1/silences?limit=500", ADMIN_TOKEN).json().path("items").size())
                .isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/silences/not-a-silence", "/v1/silences?active=yes", "/v1/silences?limit=0",
            "/v1/silences?state=active", "/v1/silences?organizationId=no%20such"})
    void malformedIdsAndParametersAreBadRequests(String path) {
        app.http.get(path, ADMIN_TOKEN).isProblem(400, "invalid-request");
    }

    @Test
    void aMisspeltMethodIsNotAllowedAndSaysWhichAre() {
        assertThat(app.http.call(Method.PUT, "/v1/silences/sil_x", ownerOfA, "{}")
                .isProblem(405, "method-not-allowed").header("Allow")).hasValue("GET, DELETE");
        assertThat(app.http.call(Method.DELETE, "/v1/silences", ownerOfA, null)
                .isProblem(405, "method-not-allowed").header("Allow")).hasValue("GET, POST");
    }

    private static java.util.List<String> ids(String path, String token) {
        Answer answer = app.http.get(path, token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("items").findValuesAsText("id");
    }
}
