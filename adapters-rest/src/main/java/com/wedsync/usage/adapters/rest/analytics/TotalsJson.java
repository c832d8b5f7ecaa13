package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.usage.application.analytics.UsageTotals;

/** Sums over a set of usage events; {@code meanLatencyMs} is left out when no event carried a latency. */
public record TotalsJson(long calls, long clientErrors, long serverErrors, double errorRate, long requestBytes,
                         long responseBytes, @JsonInclude(JsonInclude.Include.NON_NULL) Double meanLatencyMs) {

    static TotalsJson fromDomain(UsageTotals totals) {
        return new TotalsJson(totals.calls(), totals.clientErrors(), totals.serverErrors(), totals.errorRate(),
                totals.requestBytes(), totals.responseBytes(), totals.meanLatencyMs());
    }
}
