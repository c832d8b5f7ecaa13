package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.quota.LimitName;

/**
 * One finite limit as a decision saw it: its size, what is left after the decision, and in how many whole
 * seconds (rounded up) more room appears: for the daily limit the local midnight, for a rolling window
 * the moment its oldest admitted cost leaves (0 when nothing is counted).
 */
public record LimitState(LimitName name, long limit, long remaining, long resetSeconds) {

    public LimitState {
        Require.present(name, "name");
        Require.positive(limit, "limit");
        Require.notNegative(remaining, "remaining");
        if (remaining > limit) {
            throw new IllegalArgumentException("'remaining' must not exceed 'limit' " + limit + ", was " + remaining);
        }
        Require.notNegative(resetSeconds, "resetSeconds");
    }
}
