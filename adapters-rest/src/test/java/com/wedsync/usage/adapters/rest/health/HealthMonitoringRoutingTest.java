package com.wedsync.usage.adapters.rest.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/health-monitoring}: the public summary, and every component for an admin (POST: incident actions). */
class HealthMonitoringRoutingTest {

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
    void theSummaryNeedsNoTokenAndTellsOnlyTheStatusAndWhenItWasChecked() {
        Answer summary = app.http.get("/api/health-monitoring", null);

        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body()).isEqualTo("{\"status\":\"healthy\",\"checkedAt\":\"2025-06-02T10:00:00Z\"}");
        assertThat(summary.header("Content-Type")).hasValue("application/json");
        assertThat(summary.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void anAdminSeesEveryComponentWithItsFigures() {
        JsonNode detail = app.http.get("/api/health-monitoring", ADMIN_TOKEN).json();

        assertThat(detail.path("status").asText()).isEqualTo("healthy");
        List<String> names = new ArrayList<>();
        detail.path("components").forEach(component -> names.add(component.path("name").asText()));
        assertThat(names).containsExactly("database", "counter-store", "ingest-backlog", "alert-evaluator");
        JsonNode database = detail.path("components").get(0);
        assertThat(database.path("status").asText()).isEqualTo("healthy");
        assertThat(database.path("latencyMs").isNumber()).isTrue();
        assertThat(database.path("lastSuccess").asText()).isEqualTo("2025-06-02T10:00:00Z");
        assertThat(database.has("error")).isFalse();
        JsonNode backlog = detail.path("components").get(2);
        assertThat(backlog.path("queueDepth").asLong()).isZero();
        assertThat(backlog.path("detail").asText()).isEqualTo("no queue: each batch is written directly");
        JsonNode evaluator = detail.path("components").get(3);
        assertThat(evaluator.path("status").asText()).isEqualTo("unknown");
        assertThat(evaluator.path("detail").asText()).isEqualTo("no alert evaluator is running on this node");
    }

    @Test
    void aTokenThatIsNotAnAdminsIsForbiddenAndAWrongOneUnauthorized() {
        String viewer = app.token(Role.VIEWER, "shop");

        app.http.get("/api/health-monitoring", viewer).isProblem(403, "forbidden");
        app.http.get("/api/health-monitoring", "wsm_notAToken").isProblem(401, "unauthorized");
    }

    @Test
    void otherMethodsAreNotAllowed() {
        Answer deleted = app.http.delete("/api/health-monitoring", ADMIN_TOKEN);

        deleted.isProblem(405, "method-not-allowed");
        assertThat(deleted.header("Allow")).hasValue("GET, HEAD, POST");
    }
}
