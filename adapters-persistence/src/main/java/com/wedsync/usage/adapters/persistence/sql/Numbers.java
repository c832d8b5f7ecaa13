package com.wedsync.usage.adapters.persistence.sql;

import io.helidon.dbclient.DbRow;

/**
 * Numeric columns read the same from both databases: aggregates come back as {@code Long}, {@code Integer} or
 * {@code BigDecimal} depending on the driver (PostgreSQL sums BIGINT into NUMERIC), and a SUM over no rows is NULL.
 */
public final class Numbers {

    private Numbers() {
    }

    public static long longOf(DbRow row, String column) {
        return row.column(column).map(value -> ((Number) value).longValue()).orElse(0L);
    }

    /** The column's value, or null when it is NULL (an unlimited limit, an absent override). */
    public static Long nullableLongOf(DbRow row, String column) {
        return row.column(column).map(value -> ((Number) value).longValue()).orElse(null);
    }
}
