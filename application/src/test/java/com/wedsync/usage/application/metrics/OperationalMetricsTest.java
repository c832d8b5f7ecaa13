package com.wedsync.usage.application.metrics;

import com.wedsync.usage.application.ingest.RecordUsageResult;
import com.wedsync.usage.application.ingest.RejectedEvent;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;
import com.wedsync.usage.domain.ratelimit.LimitState;
import com.wedsync.usage.domain.usage.EventRejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OperationalMetricsTest {

    private final OperationalMetrics metrics = new OperationalMetrics();

    @Test
    void decisionsAreCountedByOutcomeAndDegradedAndDenialsByReasonAndTheirTightestLimit() {
        List<LimitState> exhausted = List.of(new LimitState(LimitName.DAILY, 100, 40, 3_600),
                new LimitState(LimitName.MINUTE, 5, 0, 30), new LimitState(LimitName.BURST, 5, 0, 1));
        metrics.decided(new Decision.Admitted(exhausted, 1, false), 200_000);
        metrics.decided(new Decision.Admitted(exhausted, 1, true), 200_000);
        metrics.decided(new Decision.Denied(exhausted, Set.of(LimitName.MINUTE, LimitName.BURST),
                DenialReason.LIMIT_EXCEEDED, OptionalLong.of(30), false), 300_000);
        metrics.decisionFailed(100_000);

        assertThat(value("usage_monitor_decisions_total", Map.of("outcome", "admitted", "degraded", "false")))
                .isEqualTo(1);
        assertThat(value("usage_monitor_decisions_total", Map.of("outcome", "admitted", "degraded", "true")))
                .isEqualTo(1);
        assertThat(value("usage_monitor_decisions_total", Map.of("outcome", "denied", "degraded", "false")))
                .isEqualTo(1);
        assertThat(value("usage_monitor_decisions_total", Map.of("outcome", "error", "degraded", "false")))
                .isEqualTo(1);
        // Both violated limits have 0 left; the minute one waits longer, so it is the one a client watches.
        assertThat(value("usage_monitor_denials_total", Map.of("reason", "limit_exceeded", "limit", "minute")))
                .isEqualTo(1);
        assertThat(value("usage_monitor_denials_total", Map.of("reason", "limit_exceeded", "limit", "burst")))
                .isEqualTo(0);
        assertThat(value("usage_monitor_decision_duration_seconds_count", Map.of())).isEqualTo(4);
        assertThat(value("usage_monitor_decision_duration_seconds_bucket", Map.of("le", "0.00025")))
                .isEqualTo(3);
        assertThat(value("usage_monitor_decision_duration_seconds_sum", Map.of())).isEqualTo(0.0008);
    }

    @Test
    void ingestCountsBatchesByOutcomeAndEventsByResult() {
        metrics.recorded(new RecordUsageResult(7, 2, List.of(new RejectedEvent(3,
                EventRejection.UNKNOWN_KEY, "no such key"))), 2_000_000);
        metrics.recordFailed(5_000_000);

        assertThat(value("usage_monitor_ingest_batches_total", Map.of("outcome", "recorded"))).isEqualTo(1);
        assertThat(value("usage_monitor_ingest_batches_total", Map.of("outcome", "failed"))).isEqualTo(1);
        assertThat(value("usage_monitor_ingest_events_total", Map.of("result", "accepted"))).isEqualTo(7);
        assertThat(value("usage_monitor_ingest_events_total", Map.of("result", "duplicate"))).isEqualTo(2);
        assertThat(value("usage_monitor_ingest_events_total", Map.of("result", "rejected"))).isEqualTo(1);
        assertThat(value("usage_monitor_ingest_duration_seconds_bucket", Map.of("le", "0.0025"))).isEqualTo(1);
        assertThat(value("usage_monitor_ingest_duration_seconds_bucket", Map.of("le", "+Inf"))).isEqualTo(2);
    }

    @Test
    void theEvaluatorAndIncidentSeriesExistAtZeroBeforeAnythingHappens() {
        assertThat(value("usage_monitor_alert_evaluations_total", Map.of("outcome", "error"))).isEqualTo(0);
        assertThat(value("usage_monitor_incident_transitions_total", Map.of("state", "triggered"))).isEqualTo(0);

        metrics.incidentEntered(IncidentState.ACKNOWLEDGED);
        metrics.evaluated(false, Duration.ofMillis(40));

        assertThat(value("usage_monitor_incident_transitions_total", Map.of("state", "acknowledged")))
                .isEqualTo(1);
        assertThat(value("usage_monitor_alert_evaluations_total", Map.of("outcome", "ok"))).isEqualTo(1);
        assertThat(value("usage_monitor_alert_evaluation_duration_seconds_bucket", Map.of("le", "0.05")))
                .isEqualTo(1);
    }

    private double value(String sampleName, Map<String, String> labels) {
        return metrics.registry().collect().stream()
                .flatMap(family -> family.samples().stream())
                .filter(sample -> sample.name().equals(sampleName) && sample.labels().equals(labels))
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + sampleName + labels))
                .value();
    }
}
