package com.wedsync.usage.domain.ratelimit;

import java.util.OptionalLong;

/**
 * Retry times of denials, shared for the waits of a rolling window (up to a minute, nearly every denial), so that
 * a denial does not allocate its {@code OptionalLong}.
 */
final class RetryAfter {

    static final OptionalLong NEVER = OptionalLong.empty();

    private static final OptionalLong[] SHARED = new OptionalLong[61];

    static {
        for (int seconds = 0; seconds < SHARED.length; seconds++) {
            SHARED[seconds] = OptionalLong.of(seconds);
        }
    }

    private RetryAfter() {
    }

    static OptionalLong seconds(long seconds) {
        return seconds >= 0 && seconds < SHARED.length ? SHARED[(int) seconds] : OptionalLong.of(seconds);
    }
}
