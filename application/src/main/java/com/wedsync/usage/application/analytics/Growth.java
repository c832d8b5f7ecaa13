package com.wedsync.usage.application.analytics;

import java.time.Instant;

/**
 * The range against the one of the same length just before it: {@code callsChange} is (calls − previous calls) /
 * previous calls, null when the previous period had none (growth from nothing has no ratio).
 */
public record Growth(Instant previousFrom, Instant previousTo, UsageTotals previous, Double callsChange,
                     Double errorRateChange) {

    static Growth between(Instant previousFrom, Instant previousTo, UsageTotals previous, UsageTotals current) {
        Double callsChange = previous.calls() == 0 ? null
                : (double) (current.calls() - previous.calls()) / previous.calls();
        return new Growth(previousFrom, previousTo, previous, callsChange,
                current.errorRate() - previous.errorRate());
    }
}
