package com.wedsync.usage.application.health;

import com.wedsync.usage.application.port.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorHealthTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock(START);
    private final HealthMonitor monitor = new HealthMonitor(HealthReading::healthy, HealthReading::healthy,
            IngestBacklog::noQueue, clock, Duration.ofSeconds(1), Duration.ofSeconds(1));

    @Test
    void withoutAnEvaluatorTheComponentIsUnknownAndTheServiceStaysHealthy() {
        ComponentHealth evaluator = probe();

        assertThat(evaluator.status()).isEqualTo(HealthState.UNKNOWN);
        assertThat(evaluator.detail()).contains("no alert evaluator is running on this node");
        assertThat(monitor.latest().status()).isEqualTo(HealthState.HEALTHY);
    }

    @Test
    void aRegisteredEvaluatorIsUnknownUntilItsFirstRunThenHealthyWithItsLagAndLastSuccess() {
        EvaluatorHeartbeat heartbeat = new EvaluatorHeartbeat(MINUTE);
        monitor.registerEvaluator(heartbeat);
        assertThat(probe().detail()).contains("waiting for the first evaluation");

        clock.advance(MINUTE.plusSeconds(2));
        heartbeat.finished(START.plus(MINUTE), clock.instant());
        ComponentHealth evaluator = probe();

        assertThat(evaluator.status()).isEqualTo(HealthState.HEALTHY);
        assertThat(evaluator.lag()).contains(Duration.ofSeconds(2));
        assertThat(evaluator.lastSuccess()).contains(START.plus(MINUTE).plusSeconds(2));
    }

    @Test
    void aFailedRunIsDegradedWithItsErrorAndKeepsTheLastSuccess() {
        EvaluatorHeartbeat heartbeat = new EvaluatorHeartbeat(MINUTE);
        monitor.registerEvaluator(heartbeat);
        heartbeat.finished(START, START);
        clock.advance(MINUTE);
        heartbeat.failed(START.plus(MINUTE), clock.instant(), "rollups unavailable");
        ComponentHealth evaluator = probe();

        assertThat(evaluator.status()).isEqualTo(HealthState.DEGRADED);
        assertThat(evaluator.error()).contains("the last evaluation failed: rollups unavailable");
        assertThat(evaluator.lastSuccess()).contains(START);
    }

    @Test
    void anEvaluatorThatStopsIsDegradedAfterTwoIntervalsAndUnhealthyAfterThree() {
        EvaluatorHeartbeat heartbeat = new EvaluatorHeartbeat(MINUTE);
        monitor.registerEvaluator(heartbeat);
        heartbeat.finished(START, START);

        clock.advance(Duration.ofSeconds(121));
        assertThat(probe().status()).isEqualTo(HealthState.DEGRADED);
        clock.advance(Duration.ofSeconds(60));
        ComponentHealth stopped = probe();

        assertThat(stopped.status()).isEqualTo(HealthState.UNHEALTHY);
        assertThat(stopped.error()).contains("no evaluation finished for 181 s (every 60 s expected)");
        assertThat(monitor.latest().status()).isEqualTo(HealthState.UNHEALTHY);
    }

    private ComponentHealth probe() {
        monitor.probeNow();
        return monitor.latest().component(HealthMonitor.ALERT_EVALUATOR).orElseThrow();
    }
}
