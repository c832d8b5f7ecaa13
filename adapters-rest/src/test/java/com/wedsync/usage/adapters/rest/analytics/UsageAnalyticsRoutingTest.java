package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.HttpCalls;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.adapters.rest.alerting.UsageThresholdsHttpService;
import com.wedsync.usage.adapters.rest.auth.BearerAuthentication;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.ExceptionMapping;
import com.wedsync.usage.adapters.rest.problem.ProblemWriter;
import com.wedsync.usage.domain.tenancy.Role;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.testing.junit5.DirectClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UsageAnalyticsRoutingTest {

    private static final String PATH = "/api/usage-analytics";

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
        // Two hours ago and three days ago (within the FREE tier's retention): inside 24h, and inside 7d.
        app.http.post("/v1/usage-events", service, "{\"events\":[" + event(TestApp.START.minus(Duration.ofHours(2)))
                + "," + event(TestApp.START.minus(Duration.ofDays(3))) + "]}");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String event(Instant at) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"organizationId\":\"org-a\",\"endpoint\":\"/v1/clients\","
                + "\"method\":\"GET\",\"status\":200,\"occurredAt\":\"" + at + "\"}";
    }

    @ParameterizedTest
    @CsvSource({"24h, hour, 2025-06-01T10:00:00Z, 1", "7d, day, 2025-05-26T10:00:00Z, 2",
            "30d, day, 2025-05-03T10:00:00Z, 2", "90d, week, 2025-03-04T10:00:00Z, 2"})
    void eachTimeRangeEndsNowAtItsGranularity(String range, String granularity, String from, long calls) {
        Answer answer = app.http.get(PATH + "?organizationId=org-a&timeRange=" + range, ownerOfA);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.path("organizationId").asText()).isEqualTo("org-a");
        assertThat(report.path("granularity").asText()).isEqualTo(granularity);
        assertThat(report.path("from").asText()).isEqualTo(from);
        assertThat(report.path("to").asText()).isEqualTo(TestApp.START.toString());
        assertThat(report.path("totals").path("calls").asLong()).isEqualTo(calls);
    }

    @Test
    void aViewerReadsItsOwnOrganizationAndAnAdminAnyOne() {
        assertThat(app.http.get(PATH + "?organizationId=org-a&timeRange=7d", viewerOfA).status()).isEqualTo(200);
        assertThat(app.http.get(PATH + "?organizationId=org-b&timeRange=7d", TestApp.ADMIN_TOKEN).status())
                .isEqualTo(200);
    }

    @Test
    void anotherOrganizationIsNotFoundForAnOwnerOrViewer() {
        app.http.get(PATH + "?organizationId=org-b&timeRange=7d", ownerOfA).isProblem(404, "not-found");
        app.http.get(PATH + "?organizationId=org-b&timeRange=7d", viewerOfA).isProblem(404, "not-found");
        app.http.get(PATH + "?organizationId=nowhere&timeRange=7d", TestApp.ADMIN_TOKEN).isProblem(404, "not-found");
    }

    @Test
    void aServiceMayNotReadAnalytics() {
        app.http.get(PATH + "?organizationId=org-a&timeRange=7d", app.token(Role.SERVICE, null))
                .isProblem(403, "forbidden");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?timeRange=7d | 'organizationId' is required",
            "?organizationId=org-a | 'timeRange' is required",
            "?organizationId=org-a&timeRange= | 'timeRange' is required",
            "?organizationId=org-a&timeRange=1y | 'timeRange' must be one of 24h, 7d, 30d, 90d, was \"1y\"",
            "?organizationId=org-a&timeRange=7D | 'timeRange' must be one of 24h, 7d, 30d, 90d, was \"7D\"",
            "?organizationId=org-a&timeRange=7d&granularity=hour | unknown query parameter \"granularity\"",
            "?organizationId=no%20such&timeRange=7d | 'organizationId' must be"})
    void missingOrUnknownParametersAreBadRequests(String query, String detail) {
        Answer answer = app.http.get(PATH + query, ownerOfA).isProblem(400, "invalid-request");

        assertThat(answer.detail()).startsWith(detail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
    void otherMethodsThanGetAndPostAreNotAllowed(String method) {
        Answer answer = app.http.call(Method.create(method), PATH, ownerOfA, null).isProblem(405, "method-not-allowed");

        assertThat(answer.header("Allow")).hasValue("GET, POST");
    }

    @Test
    void postReachesTheThresholdsServiceThroughTheWholeApi() {
        Answer set = app.http.post(PATH, ownerOfA, "{\"organizationId\":\"org-a\",\"thresholds\":{}}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).isEqualTo("{\"organizationId\":\"org-a\",\"thresholds\":{},\"rules\":[]}");
    }

    /** The two services of this path, registered in either order, each with its fallback, never shadow each other. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theThresholdsServiceAndThisOneNeverShadowEachOther(boolean thresholdsFirst) {
        HttpRouting.Builder routing = HttpRouting.builder();
        new ExceptionMapping(new ProblemWriter()).register(routing);
        routing.addFilter(new BearerAuthentication(app.api.authentication()));
        HttpService analytics = new UsageAnalyticsHttpService(app.api.queryUsage(), app.api.clock());
        HttpService thresholds = new UsageThresholdsHttpService(app.api.usageThresholds(), new JsonBodies(1 << 16));
        routing.register("/api", thresholdsFirst ? thresholds : analytics, thresholdsFirst ? analytics : thresholds);
        HttpCalls both = new HttpCalls(new DirectClient(routing));
        try {
            Answer set = both.post(PATH, ownerOfA,
                    "{\"organizationId\":\"org-a\",\"thresholds\":{\"error_rate\":0.2}}");
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.json().path("thresholds").toString()).isEqualTo("{\"error_rate\":0.2}");
            Answer report = both.get(PATH + "?organizationId=org-a&timeRange=7d", ownerOfA);
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            assertThat(report.json().path("totals").path("calls").asLong()).isEqualTo(2);
            assertThat(both.delete(PATH, ownerOfA).isProblem(405, "method-not-allowed").header("Allow"))
                    .hasValue("GET, POST");
            assertThat(both.call(Method.PUT, PATH, ownerOfA, "{}").isProblem(405, "method-not-allowed")
                    .header("Allow")).hasValue("GET, POST");
        } finally {
            both.close();
        }
    }
}
