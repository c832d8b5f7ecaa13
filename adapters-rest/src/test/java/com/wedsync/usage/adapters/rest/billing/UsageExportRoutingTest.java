package com.wedsync.usage.adapters.rest.billing;

import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class UsageExportRoutingTest {

    private static final String EXPORT = "/v1/organizations/pest/usage/export";
    private static final String MAY_31_TO_JUNE_2 = "?from=2025-05-31&to=2025-06-02";

    private static TestApp app;
    private static String owner;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.http.post("/v1/organizations", ADMIN_TOKEN,
                "{\"id\":\"pest\",\"name\":\"Pest\",\"tier\":\"FREE\",\"timeZone\":\"Europe/Budapest\"}");
        app.organization("other", "FREE");
        owner = app.token(Role.OWNER, "pest");
        String service = app.token(Role.SERVICE, null);
        // Budapest is UTC+2 in June: 21:30Z is 23:30 on 1 June there, 22:30Z already 00:30 on 2 June.
        app.http.post("/v1/usage-events", service, "{\"events\":[" + event("2025-06-01T21:30:00Z", 404, 10, 20) + ","
                + event("2025-06-01T22:30:00Z", 200, 10, 15) + "," + event("2025-06-02T09:00:00Z", 503, 20, 25) + "]}");
        for (int call = 0; call < 3; call++) {
            app.http.post("/v1/decisions", service, "{\"organizationId\":\"pest\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"}");
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String event(String at, int status, int requestBytes, int responseBytes) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"organizationId\":\"pest\",\"endpoint\":\"/v1/weddings\","
                + "\"method\":\"GET\",\"status\":" + status + ",\"requestBytes\":" + requestBytes
                + ",\"responseBytes\":" + responseBytes + ",\"occurredAt\":\"" + at + "\"}";
    }

    @Test
    void anOwnerDownloadsEveryLocalDayOfThePeriodBothEndsIncluded() {
        Answer answer = app.http.get(EXPORT + MAY_31_TO_JUNE_2, owner);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).hasValue("text/csv; charset=utf-8; header=present");
        assertThat(answer.header("Content-Disposition"))
                .hasValue("attachment; filename=\"usage-pest-2025-05-31-to-2025-06-02.csv\"");
        assertThat(answer.body()).isEqualTo("""
                date,calls,client_errors,server_errors,request_bytes,response_bytes,admitted,denied\r
                2025-05-31,0,0,0,0,0,0,0\r
                2025-06-01,1,1,0,10,20,0,0\r
                2025-06-02,2,0,1,30,40,3,0\r
                """);
    }

    @Test
    void anAdminExportsAnyOrganizationAndOneDayIsOneRow() {
        Answer answer = app.http.get(EXPORT + "?from=2025-06-01&to=2025-06-01", ADMIN_TOKEN);

        assertThat(answer.body().split("\r\n")).containsExactly(
                "date,calls,client_errors,server_errors,request_bytes,response_bytes,admitted,denied",
                "2025-06-01,1,1,0,10,20,0,0");
    }

    @Test
    void aViewerMayNotExportAndAnotherOrganizationIsNotFound() {
        app.http.get(EXPORT + MAY_31_TO_JUNE_2, app.token(Role.VIEWER, "pest")).isProblem(403, "forbidden");
        app.http.get(EXPORT + MAY_31_TO_JUNE_2, app.token(Role.OWNER, "other")).isProblem(404, "not-found");
        app.http.get(EXPORT + MAY_31_TO_JUNE_2, app.token(Role.SERVICE, null)).isProblem(403, "forbidden");
        app.http.get("/v1/organizations/nowhere/usage/export" + MAY_31_TO_JUNE_2, ADMIN_TOKEN)
                .isProblem(404, "not-found");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "?to=2025-06-02 | 'from' is required",
            "?from=2025-06-02 | 'to' is required",
            "?from=2025-06-02T00:00:00Z&to=2025-06-03 | 'from' must be a local date such as 2025-01-31",
            "?from=2025-06-03&to=2025-06-02 | 'to' must not be before 'from'",
            "?from=2024-06-01&to=2025-06-02 | an export may span at most 366 days, this one spans 367",
            "?from=0001-01-01&to=0001-01-02 | 'from' and 'to' must lie between"})
    void badPeriodsAreBadRequests(String query, String detail) {
        Answer answer = app.http.get(EXPORT + query, owner).isProblem(400, "invalid-request");

        assertThat(answer.detail()).startsWith(detail);
    }

    @Test
    void aYearOfDaysIsTheLongestExport() {
        Answer answer = app.http.get(EXPORT + "?from=2024-06-02&to=2025-06-02", owner);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body().split("\r\n")).hasSize(1 + 366);
    }

    @Test
    void onlyGetIsAllowed() {
        assertThat(app.http.post(EXPORT, owner, "{}").isProblem(405, "method-not-allowed").header("Allow"))
                .hasValue("GET");
        assertThat(app.http.call(Method.DELETE, EXPORT, owner, null).isProblem(405, "method-not-allowed")
                .header("Allow")).hasValue("GET");
    }
}
