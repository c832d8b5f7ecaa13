package com.wedsync.usage.benchmarks.replay;

import com.fasterxml.jackson.databind.JsonNode;

/** Figures summed over organizations' usage reports: calls, admitted, denied and denials per limit. */
public record AnalyticsTotals(long calls, long admitted, long denied, long deniedDaily, long deniedMinute,
                              long deniedBurst) {

    public static final AnalyticsTotals ZERO = new AnalyticsTotals(0, 0, 0, 0, 0, 0);

    /** Reads {@code totals.calls}, {@code decisions.admitted}, {@code decisions.denied} and {@code deniedByLimit}. */
    public static AnalyticsTotals of(JsonNode report) {
        JsonNode decisions = report.path("decisions");
        JsonNode byLimit = decisions.path("deniedByLimit");
        return new AnalyticsTotals(report.path("totals").path("calls").asLong(), decisions.path("admitted").asLong(),
                decisions.path("denied").asLong(), byLimit.path("daily").asLong(), byLimit.path("minute").asLong(),
                byLimit.path("burst").asLong());
    }

    public AnalyticsTotals plus(AnalyticsTotals other) {
        return new AnalyticsTotals(calls + other.calls, admitted + other.admitted, denied + other.denied,
                deniedDaily + other.deniedDaily, deniedMinute + other.deniedMinute, deniedBurst + other.deniedBurst);
    }
}
