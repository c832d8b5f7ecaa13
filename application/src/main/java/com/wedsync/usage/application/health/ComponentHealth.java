package com.wedsync.usage.application.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One component as last probed: its status, when it was checked, and the figures that apply to it. An empty
 * figure does not apply to the component (a queue depth for the database) or was never measured; {@code latency}
 * is how long the last probe took (or, while one is overdue, how long it has been waiting), {@code lastSuccess}
 * when the component last answered.
 */
public record ComponentHealth(String name, HealthState status, Instant checkedAt, Optional<Duration> latency,
                              Optional<Instant> lastSuccess, OptionalLong queueDepth, Optional<Duration> lag,
                              Optional<String> detail, Optional<String> error) {

    static ComponentHealth of(String name, HealthReading reading, Instant checkedAt, Optional<Duration> latency,
                              Optional<Instant> lastSuccess) {
        return new ComponentHealth(name, reading.status(), checkedAt, latency,
                reading.lastSuccess().or(() -> lastSuccess), reading.queueDepth(), reading.lag(), reading.detail(),
                reading.error());
    }
}
