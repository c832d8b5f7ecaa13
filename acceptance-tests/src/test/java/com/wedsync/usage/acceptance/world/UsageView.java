package com.wedsync.usage.acceptance.world;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An organization's usage over a period as its owner reads it: the calls in the usage log, their series on the
 * organization's calendar, the decisions taken, today's daily quota, and the period's 95th-percentile latency
 * (null while the report has none).
 */
public record UsageView(long calls, List<Period> series, long admitted, long denied, long usedToday,
                        Double p95LatencyMs) {

    public UsageView {
        series = List.copyOf(series);
    }

    /** One point of a series: where the period starts on the local calendar and as an instant. */
    public record Period(LocalDateTime localStart, Instant start, long calls) {
    }
}
