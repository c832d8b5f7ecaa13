package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The duplicates check, for a group that repeats ids already stored (a batch sent again) or that a concurrent group
 * stored first: the events COPYed into a temporary staging table, then one statement inserts their key rows into
 * {@code usage_event_key} with ON CONFLICT DO NOTHING and, for exactly the key rows it inserted (RETURNING), the
 * events into the partitioned log. A concurrent transaction inserting the same id waits for this one and then skips
 * it. Key rows are inserted in id order, so two groups sharing ids lock them in the same order.
 */
final class CheckedGroup {

    private static final String STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS usage_event_staging"
            + " (LIKE usage_event INCLUDING DEFAULTS) ON COMMIT DELETE ROWS";
    private static final String COPY = "COPY usage_event_staging (" + CopyText.COLUMNS + ") FROM STDIN";
    private static final String INSERT_NEW = "WITH fresh AS (INSERT INTO usage_event_key (event_id, occurred_at)"
            + " SELECT event_id, occurred_at FROM usage_event_staging ORDER BY event_id"
            + " ON CONFLICT (event_id) DO NOTHING RETURNING event_id),"
            + " stored AS (INSERT INTO usage_event (" + CopyText.COLUMNS + ") SELECT " + CopyText.COLUMNS
            + " FROM usage_event_staging WHERE event_id IN (SELECT event_id FROM fresh))"
            + " SELECT event_id FROM fresh";

    private CheckedGroup() {
    }

    /** Stores the events whose ids are new; returns those ids. */
    static Set<EventId> insertNew(Connection connection, List<UsageEvent> events) throws SQLException {
        try (Statement staging = connection.createStatement()) {
            staging.execute(STAGING);
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(CopyText.of(events)));
        } catch (IOException e) {
            throw new SQLException("could not copy the usage events to PostgreSQL", e);
        }
        Set<EventId> fresh = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_NEW);
             ResultSet rows = insert.executeQuery()) {
            while (rows.next()) {
                fresh.add(new EventId(rows.getObject(1, UUID.class)));
            }
        }
        return fresh;
    }
}
