package com.wedsync.usage.application.notification;

import com.wedsync.usage.domain.Require;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential back-off from {@code base} (1 s, 2 s, 4 s …), capped at
 * {@code cap}, each delay drawn between its half and its whole ("equal jitter", so that the deliveries of one
 * outage do not all come back at the same moment), and given up once the next attempt would come later than
 * {@code giveUpAfter} after the delivery was stored.
 */
public record RetryPolicy(Duration base, Duration cap, Duration giveUpAfter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(10),
            Duration.ofHours(24));

    public RetryPolicy {
        Require.present(base, "base");
        Require.present(cap, "cap");
        Require.present(giveUpAfter, "giveUpAfter");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("'base' must be positive and 'cap' at least 'base', were " + base
                    + " and " + cap);
        }
    }

    /** The delay before attempt {@code failed + 1}, before jitter: base × 2^(failed − 1), at most the cap. */
    public Duration delayAfter(int failed) {
        Require.positive(failed, "failed");
        long millis = base.toMillis();
        for (int doubled = 1; doubled < failed && millis < cap.toMillis(); doubled++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }

    /**
     * When to try again after {@code failed} attempts, the last at {@code now}, with {@code jitter} from [0, 1);
     * empty when that would be past the give-up time of a delivery stored at {@code createdAt}.
     */
    public Optional<Instant> nextAttempt(int failed, Instant createdAt, Instant now, double jitter) {
        long delay = delayAfter(failed).toMillis();
        Instant next = now.plusMillis(delay / 2 + (long) (delay / 2.0 * jitter));
        return next.isAfter(createdAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
