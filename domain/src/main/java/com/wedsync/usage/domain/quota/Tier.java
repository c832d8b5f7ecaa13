package com.wedsync.usage.domain.quota;

import com.wedsync.usage.domain.Require;

/**
 * A tier of API access as WedSync sells it: the limits it grants, how long raw usage events are kept,
 * and what its decisions do when the shared counter store is down. Tiers are data that operators change.
 */
public record Tier(TierName name, LimitSet limits, int retentionDays, FailureMode failureMode) {

    public Tier {
        Require.present(name, "name");
        Require.present(limits, "limits");
        Require.positive(retentionDays, "retentionDays");
        if (retentionDays > 3_660) {
            throw new IllegalArgumentException("'retentionDays' must be at most 3660, was " + retentionDays);
        }
        Require.present(failureMode, "failureMode");
    }
}
