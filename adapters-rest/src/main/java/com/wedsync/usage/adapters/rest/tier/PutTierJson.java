package com.wedsync.usage.adapters.rest.tier;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.quota.TierName;

/**
 * The body of {@code PUT /v1/tiers/{name}}: limits, retention and failure mode ({@code open} when left out).
 * {@code name} may be sent, so that a tier read with GET can be written back, but must then match the path.
 */
public record PutTierJson(String name, LimitsJson limits, Integer retentionDays, String failureMode) {

    Tier toDomain(TierName pathName) {
        if (name != null && !name.equals(pathName.value())) {
            throw new IllegalArgumentException("'name' must match the tier in the path, " + pathName
                    + ", was " + Require.quoted(name));
        }
        Require.present(limits, "limits");
        Require.present(retentionDays, "retentionDays");
        return new Tier(pathName, limits.toDomain(), retentionDays, toFailureMode());
    }

    private FailureMode toFailureMode() {
        if (failureMode == null) {
            return FailureMode.OPEN;
        }
        return switch (failureMode) {
            case "open" -> FailureMode.OPEN;
            case "closed" -> FailureMode.CLOSED;
            default -> throw new IllegalArgumentException("'failureMode' must be open or closed, was "
                    + Require.quoted(failureMode));
        };
    }
}
