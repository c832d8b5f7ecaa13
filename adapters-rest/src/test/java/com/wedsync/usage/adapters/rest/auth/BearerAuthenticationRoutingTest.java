package com.wedsync.usage.adapters.rest.auth;

import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Two credentials in one request are refused, whichever of them is valid: neither silently wins. */
class BearerAuthenticationRoutingTest {

    private static TestApp app;
    private static String viewer;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
        viewer = app.token(Role.VIEWER, "org-a");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/organizations", "/api/health-monitoring"})
    void twoAuthorizationHeadersAreABadRequest(String path) {
        Answer answer = app.http.getWithRepeatedHeader(path, "Authorization", "Bearer " + ADMIN_TOKEN,
                "Bearer " + viewer)
                .isProblem(400, "invalid-request");

        assertThat(answer.detail()).isEqualTo("'Authorization' is given twice; send one 'Authorization: Bearer "
                + "<token>'");
    }
}
