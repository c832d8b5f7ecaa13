package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.UsageCounts;

import java.time.Instant;

/**
 * The range against the one of the same length just before it: {@code callsChange} is (calls − previous calls) /
 * previous calls, null when the previous period had none (growth from nothing has no ratio);
 * {@code errorRateChange} is the difference of the two error rates.
 */
public record Growth(Instant previousFrom, Instant previousTo, UsageCounts previous, Double callsChange,
                     double errorRateChange) {

    static Growth between(Instant previousFrom, Instant previousTo, UsageCounts previous, UsageTotals current) {
        Double callsChange = previous.calls() == 0 ? null
                : (double) (current.calls() - previous.calls()) / previous.calls();
        return new Growth(previousFrom, previousTo, previous, callsChange,
                current.errorRate() - previous.errorRate());
    }
}
