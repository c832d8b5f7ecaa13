package com.wedsync.usage.adapters.rest.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/health-monitoring}: the original endpoint's incident actions, for admins, beside its GET. */
class HealthMonitoringActionsRoutingTest {

    private static final String PATH = "/api/health-monitoring";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("shop", "FREE");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anAdminTriggersAcknowledgesAndResolvesAnIncidentAndTheAnswersAreThoseOfV1() {
        Answer triggered = app.http.post(PATH, ADMIN_TOKEN, "{\"action\":\"trigger\",\"title\":\"Redis away\","
                + "\"severity\":\"critical\",\"organizationId\":\"shop\",\"details\":\"failover\"}");
        String id = triggered.json().path("id").asText();
        app.clock.advance(Duration.ofMinutes(1));
        Answer acknowledged = app.http.post(PATH, ADMIN_TOKEN, "{\"action\":\"acknowledge\",\"incidentId\":\"" + id
                + "\",\"comment\":\"on it\"}");
        app.clock.advance(Duration.ofMinutes(1));
        Answer resolved = app.http.post(PATH, ADMIN_TOKEN, "{\"action\":\"resolve\",\"incidentId\":\"" + id + "\"}");

        assertThat(triggered.status()).as(triggered.body()).isEqualTo(201);
        assertThat(triggered.header("Location")).hasValue("/v1/incidents/" + id);
        assertThat(triggered.json().path("organizationId").asText()).isEqualTo("shop");
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().path("history").get(1).path("comment").asText()).isEqualTo("on it");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json()).isEqualTo(app.http.get("/v1/incidents/" + id, ADMIN_TOKEN).json());
        assertThat(resolved.json().path("state").asText()).isEqualTo("resolved");
    }

    @Test
    void repeatsAnswerTheIncidentUnchangedAndAcknowledgingAResolvedOneIsAConflict() {
        String id = app.http.post(PATH, ADMIN_TOKEN, "{\"action\":\"trigger\",\"title\":\"t\",\"severity\":\"info\"}")
                .json().path("id").asText();
        JsonNode resolved = app.http.post(PATH, ADMIN_TOKEN, resolve(id)).json();

        Answer again = app.http.post(PATH, ADMIN_TOKEN, resolve(id));
        Answer late = app.http.post(PATH, ADMIN_TOKEN, "{\"action\":\"acknowledge\",\"incidentId\":\"" + id + "\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(resolved);
        late.isProblem(409, "conflict");
    }

    @Test
    void onlyAnAdminMayActHere() {
        String id = app.http.post(PATH, ADMIN_TOKEN, "{\"action\":\"trigger\",\"title\":\"t\",\"severity\":\"info\"}")
                .json().path("id").asText();

        for (Role role : new Role[] {Role.OWNER, Role.VIEWER, Role.SERVICE}) {
            String token = app.token(role, "shop");
            app.http.post(PATH, token, resolve(id)).isProblem(403, "forbidden");
            app.http.post(PATH, token, "{\"nonsense\":true}").isProblem(403, "forbidden");
        }
        app.http.post(PATH, null, resolve(id)).isProblem(401, "unauthorized");
        app.http.post(PATH, "wsm_wrong", resolve(id)).isProblem(401, "unauthorized");
        assertThat(app.http.get("/v1/incidents/" + id, ADMIN_TOKEN).json().path("state").asText())
                .isEqualTo("triggered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"action\":\"close\"}", "{\"action\":\"acknowledge\"}",
            "{\"action\":\"resolve\",\"incidentId\":\"42\"}",
            "{\"action\":\"trigger\",\"title\":\"t\"}",
            "{\"action\":\"trigger\",\"title\":\"t\",\"severity\":\"info\",\"incidentId\":\"inc_x\"}",
            "{\"action\":\"trigger\",\"title\":\"t\",\"severity\":\"info\",\"comment\":\"x\"}",
            "{\"action\":\"resolve\",\"incidentId\":\"inc_x\",\"title\":\"t\"}",
            "{\"action\":\"acknowledge\",\"incidentId\":\"inc_x\",\"severity\":\"info\"}",
            "{\"action\":\"resolve\",\"incidentId\":\"inc_x\",\"reason\":\"x\"}",
            "{\"action\":7}", "{", ""})
    void aBadActionIsABadRequest(String body) {
        app.http.post(PATH, ADMIN_TOKEN, body).isProblem(400, "invalid-request");
    }

    @Test
    void anUnknownIncidentIsNotFound() {
        app.http.post(PATH, ADMIN_TOKEN, resolve("inc_nothingHere")).isProblem(404, "not-found");
    }

    @Test
    void theSummaryIsStillReadWithoutATokenAndOtherMethodsAreNotAllowed() {
        assertThat(app.http.get(PATH, null).status()).isEqualTo(200);
        Answer put = app.http.put(PATH, ADMIN_TOKEN, "{}").isProblem(405, "method-not-allowed");

        assertThat(put.header("Allow")).hasValue("GET, HEAD, POST");
    }

    private static String resolve(String id) {
        return "{\"action\":\"resolve\",\"incidentId\":\"" + id + "\"}";
    }
}
