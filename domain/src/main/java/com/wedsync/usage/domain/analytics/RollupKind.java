package com.wedsync.usage.domain.analytics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The three rollups kept per scope. Quarter hours are UTC-aligned, so that every IANA zone's local hours, days,
 * weeks and months are whole numbers of them (all offsets in use are multiples of 15 minutes): any period of any
 * calendar is the sum of its quarter hours, even after an organization changes its time zone. Routes are also
 * rolled up per UTC day, so that a month of routes is read from about 30 rows per route instead of 2,880.
 */
public enum RollupKind {
    /** All of a scope's calls in a quarter hour. */
    TOTAL_QUARTER_HOUR('T', 900),
    /** One route's calls in a quarter hour. */
    ROUTE_QUARTER_HOUR('E', 900),
    /** One route's calls in a UTC day. */
    ROUTE_DAY('D', 86_400);

    public static final long QUARTER_HOUR_SECONDS = 900;

    private final char code;
    private final long seconds;

    RollupKind(char code, long seconds) {
        this.code = code;
        this.seconds = seconds;
    }

    public char code() {
        return code;
    }

    public Instant bucketStart(Instant instant) {
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }

    public static Instant quarterHourStart(Instant instant) {
        return TOTAL_QUARTER_HOUR.bucketStart(instant);
    }

    /** The first quarter hour that starts at or after {@code instant}. */
    public static Instant quarterHourCeiling(Instant instant) {
        Instant start = quarterHourStart(instant);
        return start.equals(instant) ? start : start.plusSeconds(QUARTER_HOUR_SECONDS);
    }

    public static Instant dayStart(Instant instant) {
        return instant.truncatedTo(ChronoUnit.DAYS);
    }

    public static RollupKind ofCode(char code) {
        for (RollupKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no rollup kind has the code '" + code + "'");
    }
}
