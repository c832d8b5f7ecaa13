package com.wedsync.usage.application.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one probe of a component found: its status and the figures only the component knows (the probe's timing
 * is measured around it). {@code lastSuccess} is set only by components that know it better than the prober does
 * (the evaluator's last good run); {@code detail} explains a status, {@code error} says what went wrong.
 */
public record HealthReading(HealthState status, OptionalLong queueDepth, Optional<Duration> lag,
                            Optional<Instant> lastSuccess, Optional<String> detail, Optional<String> error) {

    public HealthReading {
        Objects.requireNonNull(status, "'status' must not be null");
    }

    public static HealthReading healthy() {
        return of(HealthState.HEALTHY, null);
    }

    public static HealthReading degraded(String error) {
        return of(HealthState.DEGRADED, error);
    }

    public static HealthReading unhealthy(String error) {
        return of(HealthState.UNHEALTHY, error);
    }

    public static HealthReading unknown(String detail) {
        return of(HealthState.UNKNOWN, null).withDetail(detail);
    }

    public HealthReading withQueueDepth(long depth) {
        return new HealthReading(status, OptionalLong.of(depth), lag, lastSuccess, detail, error);
    }

    public HealthReading withLag(Duration value) {
        return new HealthReading(status, queueDepth, Optional.of(value), lastSuccess, detail, error);
    }

    public HealthReading withLastSuccess(Instant value) {
        return new HealthReading(status, queueDepth, lag, Optional.of(value), detail, error);
    }

    public HealthReading withDetail(String value) {
        return new HealthReading(status, queueDepth, lag, lastSuccess, Optional.of(value), error);
    }

    private static HealthReading of(HealthState status, String error) {
        return new HealthReading(status, OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(error));
    }
}
