package com.wedsync.usage.adapters.rest.metrics;

import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /metrics} after six decisions for one FREE organization (burst 5: the sixth is denied) and two batches
 * (one event, then the same event again plus one that names an unknown organization).
 */
class MetricsRoutingTest {

    private static final String ORGANIZATION = "metered-shop-7f3a";
    private static TestApp app;
    private static Answer scrape;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization(ORGANIZATION, "FREE");
        String service = app.token(Role.SERVICE, null);
        for (int call = 0; call < 6; call++) {
            app.http.post("/v1/decisions", service, "{\"organizationId\":\"" + ORGANIZATION
                    + "\",\"endpoint\":\"/v1/clients/{id}\",\"method\":\"GET\"}");
        }
        String event = event(UUID.randomUUID(), ORGANIZATION);
        assertThat(app.http.post("/v1/usage-events", service, "{\"events\":[" + event + "]}").status())
                .isEqualTo(202);
        assertThat(app.http.post("/v1/usage-events", service, "{\"events\":[" + event + ","
                + event(UUID.randomUUID(), "nobody-here") + "]}").status()).isEqualTo(202);
        scrape = app.http.get("/metrics", null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void metricsArePublicPlainTextInTheExpositionFormatVersion004() {
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.header("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    }

    @Test
    void decisionsAreCountedByOutcomeAndDenialsByReasonAndLimit() {
        assertThat(scrape.body()).contains(
                "# TYPE usage_monitor_decisions_total counter\n",
                "\nusage_monitor_decisions_total{outcome=\"admitted\",degraded=\"false\"} 5\n",
                "\nusage_monitor_decisions_total{outcome=\"denied\",degraded=\"false\"} 1\n",
                "\nusage_monitor_decisions_total{outcome=\"admitted\",degraded=\"true\"} 0\n",
                "\nusage_monitor_denials_total{reason=\"limit_exceeded\",limit=\"minute\"} 1\n",
                "\nusage_monitor_decision_duration_seconds_count 6\n",
                "\nusage_monitor_decision_duration_seconds_bucket{le=\"+Inf\"} 6\n");
    }

    @Test
    void ingestIsCountedByBatchAndByEventResult() {
        assertThat(scrape.body()).contains(
                "\nusage_monitor_ingest_batches_total{outcome=\"recorded\"} 2\n",
                "\nusage_monitor_ingest_events_total{result=\"accepted\"} 1\n",
                "\nusage_monitor_ingest_events_total{result=\"duplicate\"} 1\n",
                "\nusage_monitor_ingest_events_total{result=\"rejected\"} 1\n",
                "\nusage_monitor_ingest_duration_seconds_count 2\n");
    }

    @Test
    void healthComponentsAreGaugesAndTheEvaluatorAndIncidentSeriesWaitAtZero() {
        assertThat(scrape.body()).contains(
                "# TYPE usage_monitor_health_status gauge\n",
                "\nusage_monitor_health_status{component=\"database\",status=\"healthy\"} 1\n",
                "\nusage_monitor_health_status{component=\"database\",status=\"unhealthy\"} 0\n",
                "\nusage_monitor_health_status{component=\"alert-evaluator\",status=\"unknown\"} 1\n",
                "\nusage_monitor_health_queue_depth{component=\"ingest-backlog\"} 0\n",
                "\nusage_monitor_alert_evaluations_total{outcome=\"error\"} 0\n",
                "\nusage_monitor_incident_transitions_total{state=\"triggered\"} 0\n");
    }

    @Test
    void noOrganizationAppearsAnywhere() {
        assertThat(scrape.body()).doesNotContain(ORGANIZATION).doesNotContain("nobody-here");
    }

    @Test
    void prometheusOwnLinterFindsNothingToSay() throws Exception {
        Path promtool = Promtool.require();

        Promtool.Verdict verdict = Promtool.checkMetrics(promtool, scrape.body());

        assertThat(verdict.output()).as("promtool check metrics").isEmpty();
        assertThat(verdict.exitCode()).isZero();
    }

    @Test
    void methodsOtherThanGetAndHeadAreNotAllowed() {
        Answer post = app.http.post("/metrics", ADMIN_TOKEN, "{}");

        post.isProblem(405, "method-not-allowed");
        assertThat(post.header("Allow")).hasValue("GET, HEAD");
    }

    private static String event(UUID id, String organization) {
        return "{\"eventId\":\"" + id + "\",\"organizationId\":\"" + organization + "\","
                + "\"endpoint\":\"/v1/clients/{id}\",\"method\":\"GET\",\"status\":200,"
                + "\"requestBytes\":0,\"responseBytes\":10,\"occurredAt\":\"" + TestApp.START + "\"}";
    }
}
