package com.wedsync.usage.application.analytics;

import com.wedsync.usage.domain.analytics.UsageMeasures;

/**
 * Sums over a set of usage events. {@code errorRate} is (4xx + 5xx) / calls, 0 when there were no calls; the
 * latency percentiles are over the events that carried a latency.
 */
public record UsageTotals(long calls, long clientErrors, long serverErrors, double errorRate, long requestBytes,
                          long responseBytes, LatencySummary latency) {

    public static UsageTotals of(UsageMeasures measures) {
        return new UsageTotals(measures.calls(), measures.clientErrors(), measures.serverErrors(),
                measures.errorRate(), measures.requestBytes(), measures.responseBytes(),
                LatencySummary.of(measures.latency()));
    }
}
