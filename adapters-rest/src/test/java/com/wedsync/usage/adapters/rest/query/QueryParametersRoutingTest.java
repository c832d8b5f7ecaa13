package com.wedsync.usage.adapters.rest.query;

import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route but the public probes takes a known set of query parameters, each at most once: a misspelt filter is
 * a 400 naming it, never a list of everything, and a route that takes none refuses any.
 */
class QueryParametersRoutingTest {

    private static final String NONE = "this endpoint takes no query parameters";

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET    | /v1/alert-rules | this endpoint takes 'organizationId', 'limit', 'cursor'",
            "POST   | /v1/alert-rules | " + NONE,
            "GET    | /v1/alert-rules/r-1 | " + NONE,
            "PUT    | /v1/alert-rules/r-1 | " + NONE,
            "DELETE | /v1/alert-rules/r-1 | " + NONE,
            "GET    | /v1/organizations | this endpoint takes 'limit', 'cursor'",
            "POST   | /v1/organizations | " + NONE,
            "GET    | /v1/organizations/org-a | " + NONE,
            "PATCH  | /v1/organizations/org-a | " + NONE,
            "GET    | /v1/organizations/org-a/api-keys | this endpoint takes 'limit', 'cursor'",
            "POST   | /v1/organizations/org-a/api-keys | " + NONE,
            "GET    | /v1/api-keys/k-1 | " + NONE,
            "DELETE | /v1/api-keys/k-1 | " + NONE,
            "GET    | /v1/tokens | this endpoint takes 'limit', 'cursor'",
            "POST   | /v1/tokens | " + NONE,
            "GET    | /v1/tokens/t-1 | " + NONE,
            "DELETE | /v1/tokens/t-1 | " + NONE,
            "GET    | /v1/tiers | " + NONE,
            "GET    | /v1/tiers/FREE | " + NONE,
            "PUT    | /v1/tiers/FREE | " + NONE,
            "GET    | /v1/organizations/org-a/usage | this endpoint takes 'from', 'to', 'granularity'",
            "GET    | /v1/system/usage | this endpoint takes 'from', 'to', 'granularity'",
            "GET    | /v1/organizations/org-a/usage/export | this endpoint takes 'from', 'to'",
            "GET    | /v1/stream | this endpoint takes 'organizationId'",
            "GET    | /v1/incidents | this endpoint takes 'state', 'organizationId', 'severity', 'ruleId', 'limit', "
                    + "'cursor'",
            "POST   | /v1/incidents | " + NONE,
            "GET    | /v1/incidents/i-1 | " + NONE,
            "POST   | /v1/incidents/i-1/acknowledge | " + NONE,
            "POST   | /v1/incidents/i-1/resolve | " + NONE,
            "GET    | /v1/silences | this endpoint takes 'organizationId', 'active', 'limit', 'cursor'",
            "POST   | /v1/silences | " + NONE,
            "GET    | /v1/silences/s-1 | " + NONE,
            "DELETE | /v1/silences/s-1 | " + NONE,
            "GET    | /api/usage-analytics | this endpoint takes 'organizationId', 'timeRange'",
            "POST   | /api/usage-analytics | " + NONE,
            "POST   | /api/health-monitoring | " + NONE,
            "POST   | /v1/decisions | " + NONE,
            "POST   | /v1/usage-events | " + NONE})
    void everyRouteRefusesAParameterItDoesNotTake(String method, String path, String taken) {
        Answer answer = app.http.call(Method.create(method), path + "?organizationid=org-a", ADMIN_TOKEN, null)
                .isProblem(400, "invalid-request");

        assertThat(answer.detail()).isEqualTo("unknown query parameter \"organizationid\"; " + taken);
    }

    @Test
    void aMisspeltFilterListsNothing() {
        Answer answer = app.http.get("/v1/alert-rules?organizationid=org-a", ADMIN_TOKEN)
                .isProblem(400, "invalid-request");

        assertThat(answer.detail()).isEqualTo("unknown query parameter \"organizationid\"; this endpoint takes "
                + "'organizationId', 'limit', 'cursor'");
    }

    @Test
    void aWriteWithAParameterStoresNothing() {
        app.http.post("/v1/organizations?tier=PRO", ADMIN_TOKEN, "{\"id\": \"org-q\"}")
                .isProblem(400, "invalid-request");

        app.http.get("/v1/organizations/org-q", ADMIN_TOKEN).isProblem(404, "not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/usage-analytics?organizationId=org-a&timeRange=24h&timeRange=7d | 'timeRange'",
            "/v1/incidents?state=triggered&state=resolved | 'state'",
            "/v1/organizations?limit=1&limit=2 | 'limit'",
            "/v1/stream?organizationId=org-a&organizationId=org-b | 'organizationId'"})
    void aParameterGivenTwiceIsRefused(String pathAndName) {
        String[] parts = pathAndName.split(" \\| ");

        Answer answer = app.http.get(parts[0], ADMIN_TOKEN).isProblem(400, "invalid-request");

        assertThat(answer.detail()).isEqualTo(parts[1] + " is given twice; send each query parameter once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health/live", "/health/ready", "/v1/ping", "/metrics", "/api/health-monitoring"})
    void publicProbesIgnoreCacheBustingParameters(String path) {
        assertThat(app.http.get(path + "?_=1700000000&_=1700000001", null).status()).isIn(200, 503);
    }
}
