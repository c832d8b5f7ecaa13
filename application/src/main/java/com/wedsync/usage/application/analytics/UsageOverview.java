package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.DecisionTally;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the organization and the system reports share, over {@code [from, to)} (whole quarter hours: the asked
 * range widened to them) on a calendar: totals, the series, top endpoints, calls per HTTP status, the decisions made
 * in the range, and growth against the period before.
 */
public record UsageOverview(ZoneId timeZone, Instant from, Instant to, Granularity granularity, UsageTotals totals,
                            List<SeriesPoint> series, TopEndpoints topEndpoints, Map<Integer, Long> statusBreakdown,
                            DecisionTally decisions, Growth growth) {

    public UsageOverview {
        series = List.copyOf(series);
        statusBreakdown = Map.copyOf(statusBreakdown);
    }
}
