package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.usage.application.analytics.LatencySummary;
import com.wedsync.usage.application.analytics.UsageTotals;

/** Sums over a set of usage events; the percentiles are left out when no event carried a latency. */
public record TotalsJson(long calls, long clientErrors, long serverErrors, double errorRate, long requestBytes,
                         long responseBytes, LatencyJson latency) {

    /** Milliseconds, by nearest rank from merged histograms: at most 1% above the exact value. */
    public record LatencyJson(long count, @JsonInclude(JsonInclude.Include.NON_NULL) Integer p50,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer p95,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer p99) {
        static LatencyJson fromDomain(LatencySummary latency) {
            return new LatencyJson(latency.count(), latency.p50Ms(), latency.p95Ms(), latency.p99Ms());
        }
    }

    static TotalsJson fromDomain(UsageTotals totals) {
        return new TotalsJson(totals.calls(), totals.clientErrors(), totals.serverErrors(), totals.errorRate(),
                totals.requestBytes(), totals.responseBytes(), LatencyJson.fromDomain(totals.latency()));
    }
}
