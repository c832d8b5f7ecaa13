package com.wedsync.usage.adapters.rest.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating, reading, listing, replacing and deleting rules, by those who may; the refusals are in
 * {@link AlertRuleRefusalsRoutingTest}.
 */
class AlertRulesRoutingTest {

    static final String ERRORS = "{\"name\":\"Errors\",\"scope\":{\"organizationId\":\"org-a\"},"
            + "\"metric\":\"error_rate\",\"comparator\":\">\",\"threshold\":0.05,\"window\":\"PT5M\",\"for\":\"PT2M\","
            + "\"clearThreshold\":0.03,"
            + "\"severity\":\"critical\",\"channels\":[{\"url\":\"https://hooks.example/x\"}],\"autoResolve\":false}";

    private static TestApp app;
    private static String ownerOfA;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        app.organization("org-pages", "FREE");
        ownerOfA = app.token(Role.OWNER, "org-a");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anOwnerCreatesARuleWhoseSigningSecretIsShownOnlyOnce() {
        Answer created = app.http.post("/v1/alert-rules", ownerOfA, ERRORS);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode rule = created.json();
        String id = rule.path("id").asText();
        assertThat(id).matches("rule_[A-Za-z0-9]{16}");
        assertThat(created.header("Location")).hasValue("/v1/alert-rules/" + id);
        assertThat(rule.path("signingSecret").asText()).matches("whsec_[A-Za-z0-9+/]{32}");
        assertThat(created.body()).isEqualTo("{\"id\":\"" + id + "\",\"name\":\"Errors\",\"scope\":{\"organizationId\":"
                + "\"org-a\"},\"metric\":\"error_rate\",\"comparator\":\">\",\"threshold\":0.05,"
                + "\"clearThreshold\":0.03,\"window\":\"PT5M\",\"for\":\"PT2M\",\"severity\":\"critical\","
                + "\"channels\":[{\"url\":\"https://hooks.example/x\"}],\"autoResolve\":false,\"source\":\"api\","
                + "\"createdAt\":\"" + TestApp.START + "\",\"updatedAt\":\"" + TestApp.START + "\",\"signingSecret\":\""
                + rule.path("signingSecret").asText() + "\"}");
        Answer read = app.http.get("/v1/alert-rules/" + id, ownerOfA);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().has("signingSecret")).isFalse();
        assertThat(read.json().path("channels").get(0).path("url").asText()).isEqualTo("https://hooks.example/x");
        String listed = app.http.get("/v1/alert-rules?organizationId=org-a", ownerOfA).body();
        assertThat(listed).contains(id).doesNotContain(rule.path("signingSecret").asText());
    }

    @Test
    void fieldsLeftOutTakeTheirDefaultsAndWholeNumbersShowNoFraction() {
        JsonNode rule = app.http.post("/v1/alert-rules", ownerOfA, "{\"name\":\"Slow\",\"scope\":{\"organizationId\":"
                + "\"org-a\"},\"metric\":\"p95_latency_ms\",\"comparator\":\">=\",\"threshold\":800,"
                + "\"window\":\"PT10M\"}")
                .json();

        assertThat(rule.path("threshold").toString()).isEqualTo("800");
        assertThat(rule.path("clearThreshold").toString()).isEqualTo("800");
        assertThat(rule.path("for").asText()).isEqualTo("PT0S");
        assertThat(rule.path("severity").asText()).isEqualTo("warning");
        assertThat(rule.path("channels").size()).isZero();
        assertThat(rule.path("autoResolve").asBoolean()).isTrue();
    }

    @Test
    void putReplacesTheDefinitionAndKeepsIdScopeSourceSecretAndCreationTime() {
        JsonNode created = app.http.post("/v1/alert-rules", ownerOfA, ERRORS).json();
        String id = created.path("id").asText();
        app.clock.advance(Duration.ofMinutes(3));

        Answer replaced = app.http.put("/v1/alert-rules/" + id, ownerOfA, "{\"name\":\"Denials\",\"metric\":"
                + "\"denied_rate\",\"comparator\":\">=\",\"threshold\":0.25,\"window\":\"PT15M\"}");

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode rule = replaced.json();
        assertThat(rule.path("id").asText()).isEqualTo(id);
        assertThat(rule.path("name").asText()).isEqualTo("Denials");
        assertThat(rule.path("scope").toString()).isEqualTo("{\"organizationId\":\"org-a\"}");
        assertThat(rule.path("metric").asText()).isEqualTo("denied_rate");
        assertThat(rule.path("clearThreshold").asDouble()).isEqualTo(0.25);
        assertThat(rule.path("for").asText()).isEqualTo("PT0S");
        assertThat(rule.path("severity").asText()).isEqualTo("warning");
        assertThat(rule.path("channels").size()).isZero();
        assertThat(rule.path("autoResolve").asBoolean()).isTrue();
        assertThat(rule.path("source").asText()).isEqualTo("api");
        assertThat(rule.path("createdAt").asText()).isEqualTo(created.path("createdAt").asText());
        assertThat(rule.path("updatedAt").asText()).isEqualTo(app.clock.instant().toString());
        assertThat(rule.has("signingSecret")).isFalse();
        assertThat(app.api.alertRules().get(admin(), new AlertRuleId(id)).signingSecret().value())
                .isEqualTo(created.path("signingSecret").asText());
        assertThat(app.http.get("/v1/alert-rules/" + id, ownerOfA).json()).isEqualTo(rule);
    }

    @Test
    void theAnswerToAWriteShowsTheTimesThatLaterReadsShow() {
        app.clock.advance(Duration.ofNanos(123_456_789));
        JsonNode created = app.http.post("/v1/alert-rules", ownerOfA, ERRORS).json();
        String id = created.path("id").asText();
        app.clock.advance(Duration.ofNanos(1_000_001));
        JsonNode replaced = app.http.put("/v1/alert-rules/" + id, ownerOfA, ERRORS).json();

        JsonNode read = app.http.get("/v1/alert-rules/" + id, ownerOfA).json();

        assertThat(created.path("createdAt").asText()).endsWith(".123Z").isEqualTo(read.path("createdAt").asText());
        assertThat(replaced.path("updatedAt").asText()).endsWith(".124Z").isEqualTo(read.path("updatedAt").asText());
    }

    @Test
    void theBodyAClientCreatedARuleWithMayBeSentBackWithItsScope() {
        String id = app.http.post("/v1/alert-rules", ownerOfA, ERRORS).json().path("id").asText();

        Answer replaced = app.http.put("/v1/alert-rules/" + id, ownerOfA, ERRORS.replace("\"Errors\"", "\"Again\""));

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().path("name").asText()).isEqualTo("Again");
    }

    @Test
    void deletingARuleAnswers204AndItIsGone() {
        String id = app.http.post("/v1/alert-rules", ownerOfA, ERRORS).json().path("id").asText();

        Answer deleted = app.http.delete("/v1/alert-rules/" + id, ownerOfA);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        app.http.get("/v1/alert-rules/" + id, ownerOfA).isProblem(404, "not-found");
        app.http.delete("/v1/alert-rules/" + id, ownerOfA).isProblem(404, "not-found");
    }

    @Test
    void listsArePagedByIdAndFilteredByOrganization() {
        String owner = app.token(Role.OWNER, "org-pages");
        for (int i = 0; i < 3; i++) {
            app.http.post("/v1/alert-rules", owner, ERRORS.replace("org-a", "org-pages"));
        }
        app.http.post("/v1/alert-rules", ADMIN_TOKEN, ERRORS.replace("org-a", "org-b"));

        JsonNode first = app.http.get("/v1/alert-rules?limit=2", owner).json();
        JsonNode second = app.http.get("/v1/alert-rules?limit=2&cursor=" + first.path("nextCursor").asText(), owner)
                .json();
        JsonNode ofB = app.http.get("/v1/alert-rules?organizationId=org-b", ADMIN_TOKEN).json();
        JsonNode everything = app.http.get("/v1/alert-rules?limit=500", ADMIN_TOKEN).json();

        assertThat(first.path("items")).hasSize(2);
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("nextCursor").isNull()).isTrue();
        assertThat(first.path("items").get(1).path("id").asText())
                .isLessThan(second.path("items").get(0).path("id").asText());
        assertThat(first.path("items").findValuesAsText("organizationId")).containsOnly("org-pages");
        assertThat(ofB.path("items").findValuesAsText("organizationId")).containsExactly("org-b");
        assertThat(everything.path("items").findValuesAsText("organizationId"))
                .contains("org-a", "org-b", "org-pages");
        assertThat(everything.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void anAdminMakesRulesOfTheSystemWhichOnlyAdminsSee() {
        Answer created = app.http.post("/v1/alert-rules", ADMIN_TOKEN, "{\"name\":\"Unhealthy\",\"scope\":"
                + "{\"system\":true},\"metric\":\"health\",\"comparator\":\">=\",\"threshold\":2,\"clearThreshold\":1,"
                + "\"window\":\"PT1M\",\"severity\":\"critical\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.json().path("scope").toString()).isEqualTo("{\"system\":true}");
        assertThat(app.http.get("/v1/alert-rules/" + id, ADMIN_TOKEN).json().path("metric").asText())
                .isEqualTo("health");
        app.http.get("/v1/alert-rules/" + id, ownerOfA).isProblem(404, "not-found");
        assertThat(app.http.get("/v1/alert-rules?limit=500", ownerOfA).body()).doesNotContain(id);
        assertThat(app.http.get("/v1/alert-rules?limit=500", ADMIN_TOKEN).body()).contains(id);
    }

    @Test
    void aMisspeltMethodIsNotAllowedAndSaysWhichAre() {
        assertThat(app.http.call(Method.PATCH, "/v1/alert-rules/rule_x", ownerOfA, "{}")
                .isProblem(405, "method-not-allowed").header("Allow")).hasValue("GET, PUT, DELETE");
        assertThat(app.http.call(Method.DELETE, "/v1/alert-rules", ownerOfA, null)
                .isProblem(405, "method-not-allowed").header("Allow")).hasValue("GET, POST");
    }

    static Principal admin() {
        return new Principal("test-admin", Role.ADMIN, Optional.empty());
    }
}
