package com.wedsync.usage.acceptance.support;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of a scenario: it stands still until a step moves it, so every answer that depends on time
 * (remaining, resets, retry-after, the local day) is exact and the same on every run. It only moves forwards:
 * a scenario that steps back in time by mistake (a Background set later than its own steps) fails at once
 * instead of quietly testing the product's tolerance of backward clocks.
 */
public final class TestClock implements InstantSource {

    private final AtomicReference<Instant> now;

    public TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public void set(Instant instant) {
        Instant before = now.getAndUpdate(current -> instant.isBefore(current) ? current : instant);
        if (instant.isBefore(before)) {
            throw new IllegalArgumentException("the scenario clock only moves forwards: it reads " + before
                    + ", so it cannot be set to " + instant);
        }
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the scenario clock only moves forwards, not by " + duration);
        }
        now.updateAndGet(current -> current.plus(duration));
    }
}
