package com.wedsync.usage.adapters.rest.problem;

import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on queries in one place: every list has a maximum page size and every time range a maximum span, and
 * going past one is a 400 problem that says which limit, never a slow answer or a 5xx.
 */
class QueryLimitsRoutingTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
        app.token(Role.OWNER, "org-a");
        app.apiKey("org-a");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/organizations", "/v1/organizations/org-a/api-keys", "/v1/tokens"})
    void everyListServesAtMost500PerPage(String list) {
        assertThat(app.http.get(list + "?limit=500", ADMIN_TOKEN).status()).isEqualTo(200);

        Answer tooMany = app.http.get(list + "?limit=501", ADMIN_TOKEN).isProblem(400, "invalid-request");

        assertThat(tooMany.detail()).isEqualTo("'limit' must be from 1 to 500, was 501");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/v1/organizations/org-a/usage?from=2024-04-01T00:00:00Z&to=2025-05-07T00:00:00Z"
                    + " | the range from 'from' to 'to' may span at most 400 days",
            "/v1/organizations/org-a/usage?from=2025-05-01T00:00:00Z&to=2025-06-02T00:00:00Z&granularity=hour"
                    + " | an hourly series may span at most 31 days",
            "/v1/organizations/org-a/usage/export?from=2024-01-01&to=2025-01-01"
                    + " | an export may span at most 366 days, this one spans 367",
            "/api/usage-analytics?organizationId=org-a&timeRange=1y"
                    + " | 'timeRange' must be one of 24h, 7d, 30d, 90d, was \"1y\""})
    void everyTimeRangeHasAMaximumSpan(String query, String detail) {
        assertThat(app.http.get(query, ADMIN_TOKEN).isProblem(400, "invalid-request").detail()).isEqualTo(detail);
    }
}
