package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.partition.MonthPartition;
import com.wedsync.usage.adapters.persistence.partition.MonthlyPartitions;
import com.wedsync.usage.adapters.persistence.rollup.RollupDeltas;
import com.wedsync.usage.adapters.persistence.rollup.SystemShards;
import com.wedsync.usage.adapters.persistence.sql.PersistenceException;
import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.domain.analytics.UsageRollup;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.postgresql.PGConnection;

import java.io.StringReader;
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
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Stores a group of events with distinct ids in one PostgreSQL transaction and tells which were new. The events go
 * through the COPY protocol into a temporary staging table (one round trip, no per-row statements), then a single
 * statement inserts their key rows into {@code usage_event_key} with ON CONFLICT DO NOTHING and, for exactly the
 * key rows it inserted (RETURNING), the events into the partitioned log. An id whose key row exists is a duplicate
 * whatever its time, so idempotency holds across partitions; a concurrent transaction inserting the same id waits
 * for this one and then skips it. Key rows are inserted in id order, so that two groups sharing ids lock them in
 * the same order and cannot deadlock each other.
 * <p>
 * Every month of the group gets its partition first. If the insert still finds one missing (another node's
 * retention dropped it), the partitions are looked up afresh and the group is tried once more.
 */
final class CopyIngest implements GroupCommit.GroupStore {

    private static final String STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS usage_event_staging"
            + " (LIKE usage_event INCLUDING DEFAULTS) ON COMMIT DELETE ROWS";
    private static final String COPY = "COPY usage_event_staging (" + CopyText.COLUMNS + ") FROM STDIN";
    private static final String INSERT_NEW = "WITH fresh AS (INSERT INTO usage_event_key (event_id, occurred_at)"
            + " SELECT event_id, occurred_at FROM usage_event_staging ORDER BY event_id"
            + " ON CONFLICT (event_id) DO NOTHING RETURNING event_id),"
            + " stored AS (INSERT INTO usage_event (" + CopyText.COLUMNS + ") SELECT " + CopyText.COLUMNS
            + " FROM usage_event_staging WHERE event_id IN (SELECT event_id FROM fresh))"
            + " SELECT event_id FROM fresh";
    /** PostgreSQL's check_violation, which is what "no partition of relation found for row" is reported as. */
    private static final String NO_PARTITION_FOR_ROW = "23514";

    private final DataSource dataSource;
    private final MonthlyPartitions partitions;

    CopyIngest(DataSource dataSource, MonthlyPartitions partitions) {
        this.dataSource = dataSource;
        this.partitions = partitions;
    }

    @Override
    public Set<EventId> storeNew(List<UsageEvent> distinctEvents) {
        Set<MonthPartition> months = distinctEvents.stream().map(event -> MonthPartition.of(event.occurredAt()))
                .collect(Collectors.toSet());
        partitions.ensure(months);
        try {
            return Transactions.inTransaction(dataSource, connection -> copyAndInsert(connection, distinctEvents));
        } catch (PersistenceException e) {
            if (!isMissingPartition(e)) {
                throw e;
            }
            partitions.forgetKnown();
            partitions.ensure(months);
            return Transactions.inTransaction(dataSource, connection -> copyAndInsert(connection, distinctEvents));
        }
    }

    private static Set<EventId> copyAndInsert(Connection connection, List<UsageEvent> events) throws SQLException {
        try (Statement staging = connection.createStatement()) {
            staging.execute(STAGING);
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(CopyText.of(events)));
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
        List<UsageEvent> stored = events.stream().filter(event -> fresh.contains(event.eventId())).toList();
        RollupDeltas.add(connection, UsageRollup.of(stored, SystemShards.pick()));
        return fresh;
    }

    private static boolean isMissingPartition(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && NO_PARTITION_FOR_ROW.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
