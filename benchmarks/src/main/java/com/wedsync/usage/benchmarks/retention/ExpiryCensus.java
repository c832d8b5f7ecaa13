package com.wedsync.usage.benchmarks.retention;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * What the log holds, counted at {@code now}: all events, FREE events past their 7 days, events past 365 days, and
 * the partitions. After retention both expired counts must be 0.
 */
record ExpiryCensus(long events, long expiredFree, long pastAYear, long partitions) {

    static ExpiryCensus take(String url, Instant now) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            return new ExpiryCensus(count(connection, "SELECT count(*) FROM usage_event", null),
                    count(connection, "SELECT count(*) FROM usage_event WHERE organization_id LIKE 'free-%'"
                            + " AND occurred_at < ?", now.minus(Duration.ofDays(7))),
                    count(connection, "SELECT count(*) FROM usage_event WHERE occurred_at < ?",
                            now.minus(Duration.ofDays(365))),
                    count(connection, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'usage_event'::regclass",
                            null));
        }
    }

    private static long count(Connection connection, String sql, Instant before) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (before != null) {
                statement.setTimestamp(1, Timestamp.from(before));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public String toString() {
        return "%,d events (%,d FREE past 7 days, %,d past 365 days) in %d partitions"
                .formatted(events, expiredFree, pastAYear, partitions);
    }
}
