package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UsageRoutingTest {

    private static final String RANGE = "?from=2025-06-01T00:00:00Z&to=2025-06-03T00:00:00Z";

    private static TestApp app;
    private static String ownerOfA;
    private static String viewerOfA;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        ownerOfA = app.token(Role.OWNER, "org-a");
        viewerOfA = app.token(Role.VIEWER, "org-a");
        String service = app.token(Role.SERVICE, null);
        app.http.post("/v1/usage-events", service, "{\"events\":[" + event(200) + "," + event(404) + ","
                + event(200) + "]}");
        for (int call = 0; call < 6; call++) {
            app.http.post("/v1/decisions", service,
                    "{\"organizationId\":\"org-a\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"}");
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String event(int status) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"organizationId\":\"org-a\",\"endpoint\":\"/v1/clients\","
                + "\"method\":\"GET\",\"status\":" + status + ",\"latencyMs\":20,\"requestBytes\":1,"
                + "\"responseBytes\":2,\"occurredAt\":\"" + TestApp.START + "\"}";
    }

    @Test
    void anOwnerReadsTheUsageOfItsOrganization() {
        Answer answer = app.http.get("/v1/organizations/org-a/usage" + RANGE + "&granularity=hour", ownerOfA);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.path("organizationId").asText()).isEqualTo("org-a");
        assertThat(report.path("granularity").asText()).isEqualTo("hour");
        assertThat(report.path("totals").path("calls").asLong()).isEqualTo(3);
        assertThat(report.path("totals").path("clientErrors").asLong()).isEqualTo(1);
        assertThat(report.path("series")).hasSize(1);
        assertThat(report.path("series").get(0).path("start").asText()).isEqualTo("2025-06-02T10:00:00Z");
        assertThat(report.path("series").get(0).path("localStart").asText()).isEqualTo("2025-06-02T10:00");
        assertThat(report.path("series").get(0).path("calls").asLong()).isEqualTo(3);
        assertThat(report.path("series").get(0).path("decisions").path("admitted").asLong()).isEqualTo(5);
        assertThat(report.path("totals").path("latency").path("p95").asInt()).isEqualTo(20);
        assertThat(report.path("topEndpoints").path("byCalls").get(0).path("endpoint").asText())
                .isEqualTo("/v1/clients");
        assertThat(report.path("topEndpoints").path("byErrors").get(0).path("errors").isMissingNode()).isTrue();
        assertThat(report.path("topEndpoints").path("byErrors").get(0).path("clientErrors").asLong()).isEqualTo(1);
        assertThat(report.path("statusClasses").path("2xx").asLong()).isEqualTo(2);
        assertThat(report.path("statusClasses").path("4xx").asLong()).isEqualTo(1);
        assertThat(report.path("growth").path("previousCalls").asLong()).isZero();
        assertThat(report.path("growth").has("callsChange")).isFalse();
        assertThat(report.path("statusBreakdown").path("200").asLong()).isEqualTo(2);
        assertThat(report.path("statusBreakdown").path("404").asLong()).isEqualTo(1);
        assertThat(report.path("decisions").path("admitted").asLong()).isEqualTo(5);
        assertThat(report.path("decisions").path("denied").asLong()).isEqualTo(1);
        assertThat(report.path("decisions").path("deniedByLimit").path("minute").asLong()).isEqualTo(1);
        assertThat(report.path("decisions").path("deniedByLimit").path("daily").asLong()).isZero();
        assertThat(report.path("quotaToday").path("limit").asLong()).isEqualTo(100);
        assertThat(report.path("quotaToday").path("used").asLong()).isEqualTo(5);
        assertThat(report.path("quotaToday").path("remaining").asLong()).isEqualTo(95);
        assertThat(report.path("quotaToday").path("resetsAt").asText()).isEqualTo("2025-06-03T00:00:00Z");
    }

    @Test
    void withoutParametersTheLastSevenDaysByDayAreReported() {
        JsonNode report = app.http.get("/v1/organizations/org-a/usage", viewerOfA).json();

        assertThat(report.path("to").asText()).isEqualTo(TestApp.START.toString());
        assertThat(report.path("from").asText()).isEqualTo("2025-05-26T10:00:00Z");
        assertThat(report.path("granularity").asText()).isEqualTo("day");
    }

    @Test
    void anotherOrganizationsUsageIsNotFoundForAnOwner() {
        app.http.get("/v1/organizations/org-b/usage" + RANGE, ownerOfA).isProblem(404, "not-found");
        app.http.get("/v1/organizations/org-b/usage" + RANGE, viewerOfA).isProblem(404, "not-found");
    }

    @Test
    void anUnknownOrganizationIsNotFoundForAnAdmin() {
        app.http.get("/v1/organizations/nowhere/usage", TestApp.ADMIN_TOKEN).isProblem(404, "not-found");
    }

    @Test
    void aServiceMayNotReadAnalytics() {
        app.http.get("/v1/organizations/org-a/usage", app.token(Role.SERVICE, null)).isProblem(403, "forbidden");
    }

    @Test
    void anAdminReadsTheSystemsUsageWithItsBusiestOrganizations() {
        Answer answer = app.http.get("/v1/system/usage" + RANGE + "&granularity=day", TestApp.ADMIN_TOKEN);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.path("timeZone").asText()).isEqualTo("UTC");
        assertThat(report.path("totals").path("calls").asLong()).isEqualTo(3);
        assertThat(report.path("decisions").path("admitted").asLong()).isEqualTo(5);
        assertThat(report.path("series").get(0).path("localStart").asText()).isEqualTo("2025-06-02T00:00");
        assertThat(report.path("topOrganizations")).hasSize(1);
        assertThat(report.path("topOrganizations").get(0).path("organizationId").asText()).isEqualTo("org-a");
        assertThat(report.path("topOrganizations").get(0).path("calls").asLong()).isEqualTo(3);
        assertThat(report.path("topOrganizations").get(0).path("errors").asLong()).isEqualTo(1);
    }

    @Test
    void onlyAdminsReadTheSystemsUsage() {
        app.http.get("/v1/system/usage", ownerOfA).isProblem(403, "forbidden");
        app.http.get("/v1/system/usage", viewerOfA).isProblem(403, "forbidden");
        app.http.get("/v1/system/usage?granularity=year", TestApp.ADMIN_TOKEN).isProblem(400, "invalid-request");
    }

    @Test
    void anAskedRangeIsWidenedToWholeQuarterHours() {
        JsonNode report = app.http.get("/v1/organizations/org-a/usage?from=2025-06-02T10:07:00Z"
                + "&to=2025-06-02T10:31:00Z&granularity=hour", ownerOfA).json();

        assertThat(report.path("from").asText()).isEqualTo("2025-06-02T10:00:00Z");
        assertThat(report.path("to").asText()).isEqualTo("2025-06-02T10:45:00Z");
        assertThat(report.path("totals").path("calls").asLong()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?from=yesterday", "?to=2025-06-02", "?granularity=year", "?granularity=DAY",
            "?from=2025-06-03T00:00:00Z&to=2025-06-01T00:00:00Z", "?from=2020-01-01T00:00:00Z",
            "?from=2025-01-01T00:00:00Z&granularity=hour",
            "?to=%2B999999999-12-31T23:59:59Z", "?to=-999999999-01-01T00:00:00Z", "?from=1969-12-31T00:00:00Z"})
    void badRangesAndGranularitiesAreBadRequests(String query) {
        app.http.get("/v1/organizations/org-a/usage" + query, ownerOfA).isProblem(400, "invalid-request");
    }
}
