package com.wedsync.usage.adapters.rest.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.adapters.rest.boot.Wiring;
import com.wedsync.usage.application.alerting.AlertEvaluator;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.domain.tenancy.Role;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule read through the API shows how this node's evaluator last found it. */
class RuleEvaluationRoutingTest {

    private final TestApp app = new TestApp();

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aRuleShowsItsLastEvaluationOnceEvaluated() {
        app.organization("org-a", "STARTER");
        String owner = app.token(Role.OWNER, "org-a");
        String id = app.http.post("/v1/alert-rules", owner, "{\"name\":\"Errors\",\"scope\":{\"organizationId\":"
                + "\"org-a\"},\"metric\":\"error_rate\",\"comparator\":\">\",\"threshold\":0.05,\"window\":\"PT5M\"}")
                .json().path("id").asText();
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            events.append(i == 0 ? "" : ",").append("{\"eventId\":\"").append(UUID.randomUUID())
                    .append("\",\"organizationId\":\"org-a\",\"endpoint\":\"/v1/x\",\"method\":\"GET\",\"status\":")
                    .append(i < 5 ? 500 : 200).append(",\"occurredAt\":\"").append(TestApp.START).append("\"}");
        }
        assertThat(app.http.post("/v1/usage-events", app.token(Role.SERVICE, null), "{\"events\":[" + events + "]}")
                .status()).isEqualTo(202);
        assertThat(app.http.get("/v1/alert-rules/" + id, owner).json().has("evaluation")).isFalse();

        AlertEvaluator evaluator = Wiring.alertEvaluator(app.database, new InProcessQuotaCounters(app.clock), app.api,
                Wiring.secureRandomSecrets(), Notifier.NONE);
        evaluator.evaluate(TestApp.START.plusSeconds(60));

        JsonNode evaluation = app.http.get("/v1/alert-rules/" + id, owner).json().path("evaluation");
        assertThat(evaluation.toString()).isEqualTo("{\"state\":\"firing\",\"since\":\"2025-06-02T10:01:00Z\","
                + "\"value\":0.5,\"evaluatedAt\":\"2025-06-02T10:01:00Z\"}");
        assertThat(app.http.get("/v1/alert-rules?organizationId=org-a", owner).json().path("items").get(0)
                .path("evaluation").path("state").asText()).isEqualTo("firing");
        JsonNode incidents = app.http.get("/v1/incidents?organizationId=org-a", owner).json().path("items");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).path("ruleId").asText()).isEqualTo(id);
        assertThat(incidents.get(0).path("state").asText()).isEqualTo("triggered");
    }
}
