package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.UsageMeasures;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Merges the rollup changes appends left in {@code usage_rollup_delta} into {@code usage_rollup}, a chunk at a time,
 * each chunk in one short transaction: delete the delta rows (RETURNING them), add them up per cell, add the sums to
 * the cells ({@link PostgresCellWriter}), commit. A reader's snapshot sees a change either as a delta row or inside its
 * cell, never both and never neither, so compaction never changes an answer.
 * <p>
 * Rows are taken with FOR UPDATE SKIP LOCKED: compactors on several service nodes take disjoint rows instead of
 * waiting for each other, and rows of appends not yet committed are invisible to them anyway.
 */
public final class RollupCompactor {

    /** Takes the chunk by physical address (ctid), so the delete needs no key. */
    private static final String TAKE = "DELETE FROM " + RollupDeltas.TABLE + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM "
            + RollupDeltas.TABLE + " LIMIT ? FOR UPDATE SKIP LOCKED)) RETURNING " + RollupRow.KEY_COLUMNS + ", "
            + RollupRow.MEASURE_COLUMNS;

    private final DataSource dataSource;
    private final int chunk;
    private final AtomicLong mergedRows = new AtomicLong();
    private final AtomicLong mergedChunks = new AtomicLong();

    public RollupCompactor(DataSource dataSource, int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("'chunk' must be positive, was " + chunk);
        }
        this.dataSource = dataSource;
        this.chunk = chunk;
    }

    /** The most delta rows one transaction merges. */
    public int chunk() {
        return chunk;
    }

    /** Merges at most one chunk of delta rows into the cells; returns how many delta rows it merged. */
    public int compactChunk() {
        int merged = Transactions.inTransaction(dataSource, connection -> {
            SortedMap<RollupKey, UsageMeasures> sums = new TreeMap<>();
            RouteCache routes = new RouteCache();
            int rows = 0;
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setInt(1, chunk);
                try (ResultSet taken = take.executeQuery()) {
                    for (; taken.next(); rows++) {
                        RollupRow.merge(sums, routes.key(taken), RollupRow.measures(taken));
                    }
                }
            }
            PostgresCellWriter.add(connection, sums, routes);
            return rows;
        });
        if (merged > 0) {
            mergedRows.addAndGet(merged);
            mergedChunks.incrementAndGet();
        }
        return merged;
    }

    /** Delta rows merged since this compactor was made, by every caller. */
    public long mergedRows() {
        return mergedRows.get();
    }

    /** Chunks that merged at least one row since this compactor was made (an idle look is not one). */
    public long mergedChunks() {
        return mergedChunks.get();
    }

    /**
     * The delta rows waiting: counted when the last chunk came back short ({@code caughtUp}, few rows), else the
     * database's estimate (see DeltaBacklog).
     */
    public long waitingRows(boolean caughtUp) throws SQLException {
        return DeltaBacklog.waitingRows(dataSource, caughtUp);
    }

    /** Compacts until a chunk comes back short: every delta committed before the call is then merged. */
    public long compactAll() {
        long merged = 0;
        int rows;
        do {
            rows = compactChunk();
            merged += rows;
        } while (rows == chunk);
        return merged;
    }
}
