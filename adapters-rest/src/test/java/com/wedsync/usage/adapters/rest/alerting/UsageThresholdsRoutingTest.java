package com.wedsync.usage.adapters.rest.alerting;

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
import java.util.List;
import java.util.stream.StreamSupport;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class UsageThresholdsRoutingTest {

    private static final String PATH = "/api/usage-analytics";
    private static final String ALL_FIVE = "{\"organizationId\":\"org-a\",\"thresholds\":{\"error_rate\":0.05,"
            + "\"p95_latency_ms\":800,\"request_rate\":600,\"denied_rate\":0.2,\"quota_utilization\":0.8}}";

    private static TestApp app;
    private static String ownerOfA;

    @BeforeAll
    static void start() {
        app = new TestApp();
        for (String organization : List.of("org-a", "org-b", "org-c", "org-d", "org-kept")) {
            app.organization(organization, "FREE");
        }
        ownerOfA = app.token(Role.OWNER, "org-a");
        app.http.post(PATH, ADMIN_TOKEN, "{\"organizationId\":\"org-kept\",\"thresholds\":{\"error_rate\":0.1}}");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode rulesOf(String organization) {
        return app.http.get("/v1/alert-rules?organizationId=" + organization, ADMIN_TOKEN).json().path("items");
    }

    @Test
    void anOwnerSetsThresholdsAndEachBecomesAWarningRuleOfTheOrganization() {
        Answer set = app.http.post(PATH, ownerOfA, ALL_FIVE);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode answer = set.json();
        assertThat(answer.path("organizationId").asText()).isEqualTo("org-a");
        assertThat(answer.path("thresholds").toString()).isEqualTo("{\"error_rate\":0.05,\"p95_latency_ms\":800,"
                + "\"request_rate\":600,\"denied_rate\":0.2,\"quota_utilization\":0.8}");
        assertThat(answer.path("rules")).hasSize(5);
        JsonNode rules = rulesOf("org-a");
        assertThat(rules.findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(texts(answer.path("rules")));
        JsonNode latency = app.http.get("/v1/alert-rules/" + answer.path("rules").get(1).asText(), ownerOfA).json();
        assertThat(latency.toString()).isEqualTo("{\"id\":\"" + latency.path("id").asText() + "\",\"name\":"
                + "\"Usage alert threshold: p95_latency_ms\",\"scope\":{\"organizationId\":\"org-a\"},\"metric\":"
                + "\"p95_latency_ms\",\"comparator\":\">=\",\"threshold\":800,\"clearThreshold\":800,\"window\":"
                + "\"PT5M\",\"for\":\"PT0S\",\"severity\":\"warning\",\"channels\":[],\"autoResolve\":true,\"source\":"
                + "\"usage-analytics\",\"createdAt\":\"" + app.clock.instant() + "\",\"updatedAt\":\""
                + app.clock.instant() + "\"}");
        assertThat(rules.findValuesAsText("metric")).containsExactlyInAnyOrder("error_rate", "p95_latency_ms",
                "request_rate", "denied_rate", "quota_utilization");
    }

    @Test
    void settingTheSameThresholdsAgainChangesNothing() {
        String body = ALL_FIVE.replace("org-a", "org-b");
        JsonNode first = app.http.post(PATH, ADMIN_TOKEN, body).json();
        JsonNode rulesBefore = rulesOf("org-b");
        app.clock.advance(Duration.ofMinutes(10));

        JsonNode again = app.http.post(PATH, ADMIN_TOKEN, body).json();

        assertThat(again).isEqualTo(first);
        assertThat(rulesOf("org-b")).isEqualTo(rulesBefore);
    }

    @Test
    void aChangedThresholdKeepsItsRuleAndAThresholdLeftOutLosesIts() {
        JsonNode first = app.http.post(PATH, ADMIN_TOKEN, "{\"organizationId\":\"org-c\",\"thresholds\":"
                + "{\"error_rate\":0.05,\"p95_latency_ms\":800}}").json();
        app.clock.advance(Duration.ofMinutes(1));

        JsonNode second = app.http.post(PATH, ADMIN_TOKEN, "{\"organizationId\":\"org-c\",\"thresholds\":"
                + "{\"error_rate\":0.1}}").json();

        String errorRule = first.path("rules").get(0).asText();
        assertThat(texts(second.path("rules"))).containsExactly(errorRule);
        JsonNode rule = app.http.get("/v1/alert-rules/" + errorRule, ADMIN_TOKEN).json();
        assertThat(rule.path("threshold").asDouble()).isEqualTo(0.1);
        assertThat(rule.path("clearThreshold").asDouble()).isEqualTo(0.1);
        assertThat(rule.path("updatedAt").asText()).isEqualTo(app.clock.instant().toString());
        app.http.get("/v1/alert-rules/" + first.path("rules").get(1).asText(), ADMIN_TOKEN).isProblem(404, "not-found");
    }

    @Test
    void emptyThresholdsClearThemAndLeaveTheOrganizationsOtherRulesAlone() {
        app.http.post(PATH, ADMIN_TOKEN, ALL_FIVE.replace("org-a", "org-d"));
        String own = app.http.post("/v1/alert-rules", ADMIN_TOKEN, AlertRulesRoutingTest.ERRORS.replace("org-a",
                "org-d")).json().path("id").asText();

        Answer cleared = app.http.post(PATH, ADMIN_TOKEN, "{\"organizationId\":\"org-d\",\"thresholds\":{}}");

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body()).isEqualTo("{\"organizationId\":\"org-d\",\"thresholds\":{},\"rules\":[]}");
        assertThat(rulesOf("org-d").findValuesAsText("id")).containsExactly(own);
    }

    @Test
    void aViewerMayNotSetThresholdsAServiceNeitherAndAnotherOrganizationIsNotFound() {
        String body = "{\"organizationId\":\"org-a\",\"thresholds\":{\"error_rate\":0.5}}";

        assertThat(app.http.post(PATH, app.token(Role.VIEWER, "org-a"), body).isProblem(403, "forbidden").detail())
                .isEqualTo("role viewer may only read");
        app.http.post(PATH, app.token(Role.SERVICE, null), body).isProblem(403, "forbidden");
        app.http.post(PATH, app.token(Role.OWNER, "org-b"), body).isProblem(404, "not-found");
        app.http.post(PATH, ADMIN_TOKEN, body.replace("org-a", "nowhere")).isProblem(404, "not-found");
        app.http.post(PATH, null, body).isProblem(401, "unauthorized");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"cpu\":0.5} | 'thresholds' may name error_rate, p95_latency_ms, request_rate, denied_rate,"
                    + " quota_utilization, was \"cpu\"",
            "{\"health\":1} | 'thresholds' may name error_rate, p95_latency_ms, request_rate, denied_rate,"
                    + " quota_utilization, was \"health\"",
            "{\"error_rate\":-0.1} | 'thresholds.error_rate' must be greater than 0 and at most 1, was -0.1",
            "{\"error_rate\":0} | 'thresholds.error_rate' must be greater than 0 and at most 1, was 0",
            "{\"error_rate\":1.5} | 'thresholds.error_rate' must be greater than 0 and at most 1, was 1.5",
            "{\"p95_latency_ms\":3600001} | 'thresholds.p95_latency_ms' must be greater than 0 and at most 3600000,"
                    + " was 3600001",
            "{\"error_rate\":\"0.05\"} | 'thresholds.error_rate' must be a number, was a string",
            "{\"error_rate\":null} | 'thresholds.error_rate' must be a number, was null",
            "{\"error_rate\":true} | 'thresholds.error_rate' must be a number, was true",
            "{\"error_rate\":{}} | 'thresholds.error_rate' must be a number, was an object",
            "{\"error_rate\":0.1,\"denied_rate\":0.1,\"request_rate\":-5} | 'thresholds.request_rate' must be greater",
            "[0.1] | 'thresholds' must be an object"})
    void aWrongThresholdIsABadRequestNamingItAndNothingIsStored(String thresholds, String detail) {
        JsonNode before = rulesOf("org-kept");

        Answer refused = app.http.post(PATH, ADMIN_TOKEN, "{\"organizationId\":\"org-kept\",\"thresholds\":"
                + thresholds + "}").isProblem(400, "invalid-request");

        assertThat(refused.detail()).startsWith(detail);
        assertThat(rulesOf("org-kept")).isEqualTo(before).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"thresholds\":{}} | 'organizationId' is required",
            "{\"organizationId\":\"org-kept\"} | 'thresholds' is required",
            "{\"organizationId\":\"org-kept\",\"thresholds\":{},\"timeRange\":\"7d\"} | unknown property \"timeRange\"",
            "{\"organizationId\":\"org-kept\",\"thresholds\":{\"error_rate\":0.1,\"error_rate\":0.2}}"
                    + " | duplicate property \"error_rate\" in 'thresholds'",
            "{\"organizationId\":\"org-kept\",\"organizationId\":\"org-a\",\"thresholds\":{}}"
                    + " | duplicate property \"organizationId\"",
            "{ | the body is not well-formed JSON",
            "'' | a JSON body is required"})
    void aBodyOfAnotherShapeIsABadRequest(String body, String detail) {
        Answer refused = app.http.post(PATH, ADMIN_TOKEN, body).isProblem(400, "invalid-request");

        assertThat(refused.detail()).startsWith(detail);
        assertThat(rulesOf("org-kept")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
    void otherMethodsThanGetAndPostAreNotAllowed(String method) {
        Answer answer = app.http.call(Method.create(method), PATH, ownerOfA, "{}").isProblem(405, "method-not-allowed");

        assertThat(answer.header("Allow")).hasValue("GET, POST");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
