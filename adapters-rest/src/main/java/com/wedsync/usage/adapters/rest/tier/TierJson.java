package com.wedsync.usage.adapters.rest.tier;

import com.wedsync.usage.domain.quota.Tier;

import java.util.Locale;

/** A tier on the wire: its limits, raw-event retention and failure mode ({@code open} or {@code closed}). */
public record TierJson(String name, LimitsJson limits, int retentionDays, String failureMode) {

    static TierJson fromDomain(Tier tier) {
        return new TierJson(tier.name().value(), LimitsJson.fromDomain(tier.limits()), tier.retentionDays(),
                tier.failureMode().name().toLowerCase(Locale.ROOT));
    }
}
