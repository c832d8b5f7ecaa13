package com.wedsync.usage.application.health;

import com.wedsync.usage.application.port.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HealthMonitorTest {

    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void eachComponentIsReportedWithItsFiguresAndTheServiceIsAsBadAsTheWorstOfThem() {
        try (HealthMonitor monitor = new HealthMonitor(HealthReading::healthy,
                () -> HealthReading.degraded("Redis does not answer"), () -> new IngestBacklog(3, 1_024).reading(),
                clock, Duration.ofSeconds(1), Duration.ofSeconds(1))) {
            monitor.probeNow();
            HealthSnapshot snapshot = monitor.latest();

            assertThat(snapshot.status()).isEqualTo(HealthState.DEGRADED);
            assertThat(snapshot.takenAt()).isEqualTo(NOW);
            ComponentHealth database = snapshot.component(HealthMonitor.DATABASE).orElseThrow();
            assertThat(database.status()).isEqualTo(HealthState.HEALTHY);
            assertThat(database.latency()).isPresent();
            assertThat(database.lastSuccess()).contains(NOW);
            assertThat(snapshot.component(HealthMonitor.COUNTER_STORE).orElseThrow().error())
                    .contains("Redis does not answer");
            assertThat(snapshot.component(HealthMonitor.INGEST_BACKLOG).orElseThrow().queueDepth()).hasValue(3);
            assertThat(snapshot.component(HealthMonitor.ALERT_EVALUATOR).orElseThrow().status())
                    .isEqualTo(HealthState.UNKNOWN);
        }
    }

    @Test
    void aCheckThatThrowsMakesItsComponentUnhealthyWithTheMessageAndKeepsTheLastSuccess() {
        AtomicInteger calls = new AtomicInteger();
        HealthCheck database = () -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("connection refused");
            }
            return HealthReading.healthy();
        };
        try (HealthMonitor monitor = new HealthMonitor(database, HealthReading::healthy, IngestBacklog::noQueue,
                clock, Duration.ofSeconds(1), Duration.ofSeconds(1))) {
            monitor.probeNow();
            clock.advance(Duration.ofSeconds(7));
            monitor.probeNow();

            ComponentHealth component = monitor.latest().component(HealthMonitor.DATABASE).orElseThrow();
            assertThat(component.status()).isEqualTo(HealthState.UNHEALTHY);
            assertThat(component.error()).contains("connection refused");
            assertThat(component.lastSuccess()).contains(NOW);
            assertThat(component.checkedAt()).isEqualTo(NOW.plusSeconds(7));
            assertThat(monitor.latest().status()).isEqualTo(HealthState.UNHEALTHY);
        }
    }

    @Test
    void aProbeThatHangsIsReportedUnhealthyOnceItsDeadlinePassesWhileReadersNeverWait() throws Exception {
        CountDownLatch databaseBack = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        HealthCheck database = () -> {
            if (calls.incrementAndGet() > 1) {
                await(databaseBack);
            }
            return HealthReading.healthy();
        };
        try (HealthMonitor monitor = new HealthMonitor(database, HealthReading::healthy, IngestBacklog::noQueue,
                clock, Duration.ofMillis(20), Duration.ofMillis(100)).start()) {
            ComponentHealth away = awaitDatabase(monitor, HealthState.UNHEALTHY);
            assertThat(away.error().orElseThrow()).startsWith("no answer for ").contains("gives up after 100 ms");
            assertThat(away.latency().orElseThrow()).isGreaterThan(Duration.ofMillis(100));

            databaseBack.countDown();
            assertThat(awaitDatabase(monitor, HealthState.HEALTHY).error()).isEmpty();
        }
    }

    private static ComponentHealth awaitDatabase(HealthMonitor monitor, HealthState expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            ComponentHealth database = monitor.latest().component(HealthMonitor.DATABASE).orElseThrow();
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(50));
            if (database.status() == expected) {
                return database;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the database was not reported " + expected + " within 5 s");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
