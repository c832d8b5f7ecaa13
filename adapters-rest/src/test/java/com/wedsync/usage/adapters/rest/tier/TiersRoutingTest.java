package com.wedsync.usage.adapters.rest.tier;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class TiersRoutingTest {

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

    @Test
    void everyPrincipalReadsTheTiersWithUnlimitedLimitsLeftOut() {
        JsonNode tiers = app.http.get("/v1/tiers", viewer).json().path("items");
        JsonNode enterprise = app.http.get("/v1/tiers/ENTERPRISE", viewer).json();
        JsonNode free = app.http.get("/v1/tiers/FREE", app.token(Role.SERVICE, null)).json();

        assertThat(tiers.findValuesAsText("name")).contains("FREE", "STARTER", "PROFESSIONAL", "SCALE", "ENTERPRISE");
        assertThat(enterprise.path("limits").toString()).isEqualTo("{\"burst\":100}");
        assertThat(enterprise.path("retentionDays").asInt()).isEqualTo(365);
        assertThat(free.path("limits").toString()).isEqualTo("{\"daily\":100,\"minute\":5,\"burst\":5}");
        assertThat(free.path("failureMode").asText()).isEqualTo("open");
    }

    @Test
    void anAdminAddsATierAndWritesBackWhatWasRead() {
        Answer put = app.http.put("/v1/tiers/GOLD", ADMIN_TOKEN,
                "{\"limits\":{\"daily\":2000,\"minute\":null},\"retentionDays\":60,\"failureMode\":\"closed\"}");
        String read = app.http.get("/v1/tiers/GOLD", viewer).body();
        Answer writtenBack = app.http.put("/v1/tiers/GOLD", ADMIN_TOKEN, read);

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("limits").toString()).isEqualTo("{\"daily\":2000}");
        assertThat(put.json().path("failureMode").asText()).isEqualTo("closed");
        assertThat(writtenBack.status()).isEqualTo(200);
        assertThat(writtenBack.body()).isEqualTo(read);
    }

    @Test
    void anUnknownTierIsNotFound() {
        app.http.get("/v1/tiers/PLATINUM", viewer).isProblem(404, "not-found");
    }

    @Test
    void onlyAdminsWriteTiers() {
        app.http.put("/v1/tiers/FREE", app.token(Role.OWNER, "org-a"),
                "{\"limits\":{},\"retentionDays\":7}").isProblem(403, "forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"limits\":{\"daily\":0},\"retentionDays\":7}",
            "{\"limits\":{\"hourly\":5},\"retentionDays\":7}", "{\"limits\":{},\"retentionDays\":0}",
            "{\"limits\":{}}", "{\"retentionDays\":7}", "{\"limits\":{},\"retentionDays\":7,\"failureMode\":\"ajar\"}",
            "{\"name\":\"OTHER\",\"limits\":{},\"retentionDays\":7}", "{\"limits\":{\"daily\":\"10\"},\"retentionDays\":7}",
            "{\"limits\":{},\"retentionDays\":7.5}", "{"})
    void badTiersAreBadRequestsAndChangeNothing(String body) {
        app.http.put("/v1/tiers/FREE", ADMIN_TOKEN, body).isProblem(400, "invalid-request");

        assertThat(app.http.get("/v1/tiers/FREE", viewer).json().path("limits").path("daily").asLong())
                .isEqualTo(100);
    }

    @Test
    void aMalformedTierNameIsABadRequest() {
        app.http.put("/v1/tiers/gold", ADMIN_TOKEN, "{\"limits\":{},\"retentionDays\":7}")
                .isProblem(400, "invalid-request");
    }
}
