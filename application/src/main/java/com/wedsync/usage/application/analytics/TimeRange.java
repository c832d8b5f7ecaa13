package com.wedsync.usage.application.analytics;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed ranges of the original analytics endpoint, each ending now, with the granularity that gives a chart of
 * a readable length: 24 points for a day, 7 or 30 for a week or a month, 13 or 14 ISO weeks for 90 days.
 */
public enum TimeRange {
    LAST_24_HOURS("24h", Duration.ofHours(24), Granularity.HOUR),
    LAST_7_DAYS("7d", Duration.ofDays(7), Granularity.DAY),
    LAST_30_DAYS("30d", Duration.ofDays(30), Granularity.DAY),
    LAST_90_DAYS("90d", Duration.ofDays(90), Granularity.WEEK);

    private final String wireName;
    private final Duration span;
    private final Granularity granularity;

    TimeRange(String wireName, Duration span, Granularity granularity) {
        this.wireName = wireName;
        this.span = span;
        this.granularity = granularity;
    }

    public String wireName() {
        return wireName;
    }

    /** Exact elapsed time, not calendar days: "24h" on a 25-hour local day is still 24 hours. */
    public Duration span() {
        return span;
    }

    public Granularity granularity() {
        return granularity;
    }

    public static Optional<TimeRange> fromWireName(String name) {
        return Arrays.stream(values()).filter(range -> range.wireName.equals(name)).findFirst();
    }
}
