package com.wedsync.usage.adapters.rest.health;

import com.wedsync.usage.application.health.ComponentHealth;
import com.wedsync.usage.application.health.HealthMonitor;
import com.wedsync.usage.application.health.HealthSnapshot;
import com.wedsync.usage.application.health.HealthState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness from the health snapshot: DOWN only for the database, DEGRADED for any other component not well. */
class HealthStatusTest {

    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void anUnhealthyDatabaseIsDownAndNothingElseIs() {
        assertThat(HealthStatus.of(snapshot(HealthState.UNHEALTHY, HealthState.HEALTHY, HealthState.UNKNOWN)))
                .isEqualTo(HealthStatus.DOWN);
        assertThat(HealthStatus.of(snapshot(HealthState.HEALTHY, HealthState.UNHEALTHY, HealthState.UNKNOWN)))
                .isEqualTo(HealthStatus.DEGRADED);
    }

    @Test
    void degradedCountersOrALateEvaluatorAreDegradedAndAnAbsentEvaluatorChangesNothing() {
        assertThat(HealthStatus.of(snapshot(HealthState.HEALTHY, HealthState.DEGRADED, HealthState.UNKNOWN)))
                .isEqualTo(HealthStatus.DEGRADED);
        assertThat(HealthStatus.of(snapshot(HealthState.HEALTHY, HealthState.HEALTHY, HealthState.DEGRADED)))
                .isEqualTo(HealthStatus.DEGRADED);
        assertThat(HealthStatus.of(snapshot(HealthState.HEALTHY, HealthState.HEALTHY, HealthState.UNKNOWN)))
                .isEqualTo(HealthStatus.UP);
    }

    private static HealthSnapshot snapshot(HealthState database, HealthState counters, HealthState evaluator) {
        return new HealthSnapshot(NOW, List.of(component(HealthMonitor.DATABASE, database),
                component(HealthMonitor.COUNTER_STORE, counters), component(HealthMonitor.ALERT_EVALUATOR, evaluator)));
    }

    private static ComponentHealth component(String name, HealthState state) {
        return new ComponentHealth(name, state, NOW, Optional.empty(), Optional.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
