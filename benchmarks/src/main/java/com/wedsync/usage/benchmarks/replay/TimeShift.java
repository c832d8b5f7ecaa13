package com.wedsync.usage.benchmarks.replay;

import java.time.Duration;
import java.time.Instant;

/**
 * Moves the log's times so that the trace ends now: the latest request happens at the start of the replay and
 * every gap between requests is kept. At speed N a request is sent when {@code (its original time − the first
 * request's time) / N} has passed since the start; at speed 0 everything is sent at once, and only the event
 * times ({@code occurredAt}) keep the shifted original time.
 */
public record TimeShift(Instant firstOriginal, Instant lastOriginal, Instant replayStart) {

    public Instant shifted(Instant original) {
        return replayStart.minus(Duration.between(original, lastOriginal));
    }

    public Instant earliestShifted() {
        return shifted(firstOriginal);
    }

    /** Nanoseconds after the start at which a request of this original time is due; always 0 at speed 0. */
    public long dueNanos(Instant original, double speed) {
        if (speed <= 0) {
            return 0;
        }
        return (long) (Duration.between(firstOriginal, original).toNanos() / speed);
    }
}
