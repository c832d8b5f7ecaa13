package com.wedsync.usage.adapters.rest.alerting;

import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static com.wedsync.usage.adapters.rest.alerting.AlertRulesRoutingTest.ERRORS;
import static org.assertj.core.api.Assertions.assertThat;

/** Every way a rule request is refused: who may not, what is not there, and what is not a rule. */
class AlertRuleRefusalsRoutingTest {

    private static final String OF_B = ERRORS.replace("org-a", "org-b");

    private static TestApp app;
    private static String ownerOfA;
    private static String viewerOfA;
    private static String ruleOfA;
    private static String ruleOfB;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        app.organization("org-empty", "FREE");
        ownerOfA = app.token(Role.OWNER, "org-a");
        viewerOfA = app.token(Role.VIEWER, "org-a");
        ruleOfA = app.http.post("/v1/alert-rules", ADMIN_TOKEN, ERRORS).json().path("id").asText();
        ruleOfB = app.http.post("/v1/alert-rules", ADMIN_TOKEN, OF_B).json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anotherOrganizationsRuleIsNotFoundExactlyLikeAMissingOne() {
        Answer ofB = app.http.get("/v1/alert-rules/" + ruleOfB, ownerOfA).isProblem(404, "not-found");
        Answer missing = app.http.get("/v1/alert-rules/rule_doesnotexist", ownerOfA).isProblem(404, "not-found");

        assertThat(ofB.detail()).isEqualTo("no alert rule '" + ruleOfB + "'");
        assertThat(missing.detail()).isEqualTo("no alert rule 'rule_doesnotexist'");
        app.http.put("/v1/alert-rules/" + ruleOfB, ownerOfA, ERRORS).isProblem(404, "not-found");
        app.http.delete("/v1/alert-rules/" + ruleOfB, ownerOfA).isProblem(404, "not-found");
        app.http.get("/v1/alert-rules?organizationId=org-b", ownerOfA).isProblem(404, "not-found");
        assertThat(app.http.post("/v1/alert-rules", ownerOfA, OF_B).isProblem(404, "not-found").detail())
                .isEqualTo("no organization 'org-b'");
        assertThat(app.http.get("/v1/alert-rules/" + ruleOfB, ADMIN_TOKEN).json().path("name").asText())
                .isEqualTo("Errors");
    }

    @Test
    void aViewerReadsItsOrganizationsRulesButMayNotWriteThem() {
        assertThat(app.http.get("/v1/alert-rules/" + ruleOfA, viewerOfA).status()).isEqualTo(200);
        assertThat(app.http.get("/v1/alert-rules", viewerOfA).json().path("items").findValuesAsText("id"))
                .contains(ruleOfA);

        assertThat(app.http.post("/v1/alert-rules", viewerOfA, ERRORS).isProblem(403, "forbidden").detail())
                .isEqualTo("role viewer may only read");
        app.http.put("/v1/alert-rules/" + ruleOfA, viewerOfA, ERRORS.replace("Errors", "Mine"))
                .isProblem(403, "forbidden");
        app.http.delete("/v1/alert-rules/" + ruleOfA, viewerOfA).isProblem(403, "forbidden");
        assertThat(app.http.get("/v1/alert-rules/" + ruleOfA, ADMIN_TOKEN).json().path("name").asText())
                .isEqualTo("Errors");
    }

    @Test
    void aServiceTokenMayNotTouchRulesAtAll() {
        String service = app.token(Role.SERVICE, null);

        app.http.get("/v1/alert-rules", service).isProblem(403, "forbidden");
        app.http.get("/v1/alert-rules/" + ruleOfA, service).isProblem(403, "forbidden");
        app.http.post("/v1/alert-rules", service, ERRORS).isProblem(403, "forbidden");
        app.http.post("/v1/alert-rules", service, "{\"not\":\"a rule\"}").isProblem(403, "forbidden");
        app.http.put("/v1/alert-rules/" + ruleOfA, service, ERRORS).isProblem(403, "forbidden");
        app.http.delete("/v1/alert-rules/" + ruleOfA, service).isProblem(403, "forbidden");
        app.http.get("/v1/alert-rules", null).isProblem(401, "unauthorized");
    }

    @Test
    void onlyAnAdminMakesRulesOfTheSystem() {
        String system = "{\"name\":\"Down\",\"scope\":{\"system\":true},\"metric\":\"health\",\"comparator\":\">=\","
                + "\"threshold\":2,\"window\":\"PT1M\"}";

        assertThat(app.http.post("/v1/alert-rules", ownerOfA, system).isProblem(403, "forbidden").detail())
                .isEqualTo("only an admin may make rules of the system scope");
    }

    @Test
    void unknownOrganizationsAreNotFoundEvenForAnAdmin() {
        app.http.post("/v1/alert-rules", ADMIN_TOKEN, ERRORS.replace("org-a", "nowhere")).isProblem(404, "not-found");
        app.http.get("/v1/alert-rules?organizationId=nowhere", ADMIN_TOKEN).isProblem(404, "not-found");
    }

    @Test
    void aRuleStaysInItsScope() {
        Answer moved = app.http.put("/v1/alert-rules/" + ruleOfA, ADMIN_TOKEN, OF_B).isProblem(400, "invalid-request");

        assertThat(moved.detail()).startsWith("'scope' of a rule cannot change");
        assertThat(app.http.get("/v1/alert-rules/" + ruleOfA, ADMIN_TOKEN).json().path("scope").path("organizationId")
                .asText()).isEqualTo("org-a");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"threshold\":0.05 | \"threshold\":1.5 | 'threshold' must be from 0 to 1 for error_rate, was 1.5",
            "\"threshold\":0.05 | \"threshold\":-1 | 'threshold' must be from 0 to 1 for error_rate, was -1",
            "\"threshold\":0.05 | \"threshold\":\"0.05\" | 'threshold' must be a number",
            "\"threshold\":0.05, | '' | 'threshold' is required",
            "\"clearThreshold\":0.03 | \"clearThreshold\":0.07 | 'clearThreshold' must be at most 'threshold' (0.05)"
                    + " for comparator >, was 0.07",
            "\"window\":\"PT5M\" | \"window\":\"5m\" | 'window' must be an ISO-8601 duration such as PT5M",
            "\"window\":\"PT5M\" | \"window\":\"PT30S\" | 'window' must be whole minutes from PT1M to PT24H, was PT30S",
            "\"window\":\"PT5M\" | \"window\":300 | 'window' must be a string",
            "\"for\":\"PT2M\" | \"for\":\"PT1.5S\" | 'for' must be whole seconds from PT0S to PT24H, was PT1.5S",
            "\"metric\":\"error_rate\" | \"metric\":\"cpu\" | 'metric' must be one of error_rate, p95_latency_ms,"
                    + " request_rate, denied_rate, quota_utilization, health, was \"cpu\"",
            "\"metric\":\"error_rate\" | \"metric\":\"health\" | 'metric' health does not apply to an organization",
            "\"comparator\":\">\" | \"comparator\":\"=>\" | 'comparator' must be one of >, >=, <, <=, was \"=>\"",
            "\"severity\":\"critical\" | \"severity\":\"urgent\" | 'severity' must be one of info, warning, critical",
            "\"name\":\"Errors\" | \"name\":\"\" | 'name' must be 1 to 200 characters",
            "\"scope\":{\"organizationId\":\"org-empty\"} | \"scope\":{} | 'scope' must be {\"organizationId\"",
            "\"scope\":{\"organizationId\":\"org-empty\"} | \"scope\":{\"system\":false} | 'scope' must be",
            "\"scope\":{\"organizationId\":\"org-empty\"}"
                    + " | \"scope\":{\"organizationId\":\"org-empty\",\"system\":true} | 'scope' must be",
            "\"scope\":{\"organizationId\":\"org-empty\"} | \"scope\":{\"org\":\"org-empty\"}"
                    + " | unknown property \"org\" in 'scope'",
            "\"channels\":[{\"url\":\"https://hooks.example/x\"}] | \"channels\":[{\"url\":\"ftp://hooks.example/x\"}]"
                    + " | 'channels[0].url' must be an absolute http or https URL",
            "\"channels\":[{\"url\":\"https://hooks.example/x\"}] | \"channels\":[null] | 'channels[0]' is required",
            "\"channels\":[{\"url\":\"https://hooks.example/x\"}] | \"channels\":[{\"url\":\"https://h.example\"},"
                    + "{\"url\":\"https://h.example\"}] | 'channels' names \"https://h.example\" twice",
            "\"autoResolve\":false | \"autoResolve\":\"no\" | 'autoResolve' must be true or false",
            "\"autoResolve\":false | \"autoResolve\":false,\"priority\":1 | unknown property \"priority\""})
    void aBodyThatIsNoRuleIsABadRequestNamingTheFieldAndCreatesNothing(String valid, String wrong, String detail) {
        String body = ERRORS.replace("org-a", "org-empty").replace(valid, wrong);

        Answer refused = app.http.post("/v1/alert-rules", ADMIN_TOKEN, body).isProblem(400, "invalid-request");

        assertThat(refused.detail()).startsWith(detail);
        assertThat(app.http.get("/v1/alert-rules?organizationId=org-empty", ADMIN_TOKEN).json().path("items"))
                .isEmpty();
    }

    @Test
    void elevenChannelsAreTooMany() {
        String channels = "\"channels\":[" + String.join(",", java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> "{\"url\":\"https://hooks.example/" + i + "\"}").toList()) + "]";
        String body = ERRORS.replace("org-a", "org-empty")
                .replace("\"channels\":[{\"url\":\"https://hooks.example/x\"}]", channels);

        assertThat(app.http.post("/v1/alert-rules", ADMIN_TOKEN, body).isProblem(400, "invalid-request").detail())
                .isEqualTo("'channels' may hold at most 10 webhooks, was 11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[1]", "null", "", "{\"name\":\"Errors\"}"})
    void malformedOrEmptyBodiesAreBadRequests(String body) {
        app.http.post("/v1/alert-rules", ADMIN_TOKEN, body).isProblem(400, "invalid-request");
        app.http.put("/v1/alert-rules/" + ruleOfA, ADMIN_TOKEN, body).isProblem(400, "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/alert-rules/not-a-rule", "/v1/alert-rules?organizationId=no%20such",
            "/v1/alert-rules?limit=0", "/v1/alert-rules?limit=501", "/v1/alert-rules?limit=x"})
    void malformedIdsAndParametersAreBadRequests(String path) {
        app.http.get(path, ADMIN_TOKEN).isProblem(400, "invalid-request");
    }
}
