package com.wedsync.usage.application.analytics;

import com.wedsync.usage.domain.Require;

import java.time.Duration;
import java.time.Instant;

/** The limits on the range an analytics query may ask for: within the calendars' years, at most 400 days. */
public final class QueryRange {

    public static final Duration MAX_SPAN = Duration.ofDays(400);
    public static final Duration MAX_HOURLY_SPAN = Duration.ofDays(31);
    /** The instants a query may name: calendars are not defined far outside these, and no usage lies there. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private QueryRange() {
    }

    static void check(Instant from, Instant to, Granularity granularity) {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(granularity, "granularity");
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new IllegalArgumentException("'from' and 'to' must lie between " + EARLIEST + " and " + LATEST);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
        if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw new IllegalArgumentException("the range from 'from' to 'to' may span at most "
                    + MAX_SPAN.toDays() + " days");
        }
        if (granularity == Granularity.HOUR && Duration.between(from, to).compareTo(MAX_HOURLY_SPAN) > 0) {
            throw new IllegalArgumentException("an hourly series may span at most " + MAX_HOURLY_SPAN.toDays()
                    + " days");
        }
    }
}
