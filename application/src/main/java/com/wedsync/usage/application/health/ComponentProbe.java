package com.wedsync.usage.application.health;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * One component's probe and what it last found. {@link #run} asks the component (on the prober's thread for it);
 * {@link #current} answers at once from the last finding, or, while a probe has been waiting longer than the
 * deadline, with "unhealthy: no answer", so that a component that hangs is reported within the deadline rather
 * than after its own timeout.
 */
final class ComponentProbe {

    private static final long IDLE = Long.MIN_VALUE;

    private final String name;
    private final HealthCheck check;
    private final Duration deadline;
    private final InstantSource clock;
    private volatile ComponentHealth last;
    private volatile Instant lastSuccess;
    private volatile long inFlightSinceNanos = IDLE;

    ComponentProbe(String name, HealthCheck check, Duration deadline, InstantSource clock) {
        this.name = name;
        this.check = check;
        this.deadline = deadline;
        this.clock = clock;
        this.last = ComponentHealth.of(name, HealthReading.unknown("not probed yet"), clock.instant(),
                Optional.empty(), Optional.empty());
    }

    String name() {
        return name;
    }

    void run() {
        long started = System.nanoTime();
        inFlightSinceNanos = started;
        HealthReading reading;
        try {
            reading = check.check();
        } catch (RuntimeException failed) {
            reading = HealthReading.unhealthy(describe(failed));
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        Instant now = clock.instant();
        if (reading.status() == HealthState.HEALTHY || reading.status() == HealthState.DEGRADED) {
            lastSuccess = now;
        }
        last = ComponentHealth.of(name, reading, now, Optional.of(latency), Optional.ofNullable(lastSuccess));
        inFlightSinceNanos = IDLE;
    }

    ComponentHealth current() {
        long since = inFlightSinceNanos;
        if (since == IDLE) {
            return last;
        }
        Duration waiting = Duration.ofNanos(System.nanoTime() - since);
        if (waiting.compareTo(deadline) <= 0) {
            return last;
        }
        HealthReading overdue = HealthReading.unhealthy("no answer for " + waiting.toMillis() + " ms (the probe "
                + "gives up after " + deadline.toMillis() + " ms)");
        return ComponentHealth.of(name, overdue, clock.instant(), Optional.of(waiting),
                Optional.ofNullable(lastSuccess));
    }

    private static String describe(RuntimeException failed) {
        String message = failed.getMessage();
        return message == null || message.isBlank() ? failed.getClass().getSimpleName() : message;
    }
}
