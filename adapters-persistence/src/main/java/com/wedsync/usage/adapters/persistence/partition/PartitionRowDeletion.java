package com.wedsync.usage.adapters.persistence.partition;

import com.wedsync.usage.adapters.persistence.sql.DatabaseFailures;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Deletes events from one month's partition in bounded batches, their key rows with them. Each batch is one
 * statement in its own short transaction: it picks at most {@code batchSize} matching rows of that partition
 * through the partition's own indexes ((organization_id, occurred_at) per organization, or the BRIN index on
 * occurred_at for a narrow expired time range: the planner picks the cheaper), deletes them by their physical
 * address (ctid, a TID scan), and deletes their {@code usage_event_key} rows by primary key. Nothing but those rows is locked, no other partition
 * is read, and the log never stays locked for longer than one batch; a crash between batches loses nothing that
 * the next run does not finish.
 * <p>
 * The partition is named in the statement instead of reached through the partitioned table: a ctid identifies a
 * row only within one table, and naming the partition prunes the others by construction.
 */
public final class PartitionRowDeletion {

    private static final String BATCH = "WITH doomed AS (DELETE FROM %1$s WHERE ctid = ANY(ARRAY("
            + "SELECT ctid FROM %1$s WHERE %2$s LIMIT ?)) RETURNING event_id),"
            + " forgotten AS (DELETE FROM usage_event_key WHERE event_id IN (SELECT event_id FROM doomed))"
            + " SELECT COUNT(*) FROM doomed";
    private static final String ON_TIER_BEFORE = "organization_id IN (SELECT id FROM organization WHERE tier = ?)"
            + " AND occurred_at < ?";
    private static final String OF_ORGANIZATION = "organization_id = ?";
    private static final String KEYS_BEFORE = "WITH forgotten AS (DELETE FROM usage_event_key WHERE ctid = ANY(ARRAY("
            + "SELECT ctid FROM usage_event_key WHERE occurred_at < ? LIMIT ?)) RETURNING 1) SELECT COUNT(*) FROM forgotten";

    private final DataSource dataSource;
    private final int batchSize;

    public PartitionRowDeletion(DataSource dataSource, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("'batchSize' must be positive, was " + batchSize);
        }
        this.dataSource = dataSource;
        this.batchSize = batchSize;
    }

    /** Deletes the events of the organizations on this tier that occurred before {@code cutoff}; returns how many. */
    public long deleteTierEventsBefore(MonthPartition partition, String tier, Instant cutoff) {
        return inBatches(String.format(BATCH, partition.tableName(), ON_TIER_BEFORE), tier,
                Timestamps.parameter(cutoff));
    }

    /** Deletes every event of the organization in this partition; returns how many. */
    public long deleteOrganizationEvents(MonthPartition partition, String organizationId) {
        return inBatches(String.format(BATCH, partition.tableName(), OF_ORGANIZATION), organizationId);
    }

    /**
     * Deletes the key rows of events that occurred before {@code boundary}: those of the partitions dropped whole,
     * by the key table's occurred_at index. Returns how many.
     */
    public long deleteKeysBefore(Instant boundary) {
        return inBatches(KEYS_BEFORE, Timestamps.parameter(boundary));
    }

    /** Runs the batch statement (its last parameter the batch size) until a batch deletes less than a full batch. */
    private long inBatches(String statement, Object... parameters) {
        long deleted = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement batch = connection.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    batch.setObject(i + 1, parameters[i]);
                }
                batch.setInt(parameters.length + 1, batchSize);
                long deletedNow;
                do {
                    deletedNow = count(batch);
                    deleted += deletedNow;
                } while (deletedNow == batchSize);
            }
            return deleted;
        } catch (SQLException e) {
            throw DatabaseFailures.failure("deleting usage events failed after " + deleted + " rows", e);
        }
    }

    private static long count(PreparedStatement batch) throws SQLException {
        try (ResultSet rows = batch.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
