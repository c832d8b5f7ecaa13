package com.wedsync.usage.adapters.persistence.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as TIMESTAMP WITH TIME ZONE values. Both databases keep microseconds, so instants are cut to
 * microseconds on the way in: what is read back equals what was written, on H2 and PostgreSQL alike.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The parameter value for an instant: an {@link OffsetDateTime} in UTC, which both JDBC drivers bind. */
    public static OffsetDateTime parameter(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The instant of a column value: H2 returns {@link OffsetDateTime}, PostgreSQL {@link java.sql.Timestamp}. */
    public static Instant instant(Object columnValue) {
        return switch (columnValue) {
            case OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            case Instant instant -> instant;
            default -> throw new IllegalStateException("not a timestamp: " + columnValue.getClass().getName());
        };
    }
}
