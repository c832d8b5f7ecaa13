package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.UsageMeasures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@link RollupWriter}'s read-merge-write for the PostgreSQL compactor: the same three steps (insert missing cells
 * as zeros, lock and read every cell in key order, write the sums) and the same lock order, but each step one
 * statement over arrays of the keys ({@link CellArrays}) however many cells a chunk touches. The row-value IN list
 * and the batched updates were most of the compaction's time (JFR, docs/benchmarks.md).
 */
final class PostgresCellWriter {

    private static final String COLUMNS = RollupRow.KEY_COLUMNS + ", " + RollupRow.MEASURE_COLUMNS;
    private static final String INSERT_ZEROS = "INSERT INTO usage_rollup (" + COLUMNS + ") SELECT k.scope, k.kind,"
            + " k.bucket_start, k.endpoint, k.method, 0, 0, 0, 0, 0, ?::bytea, '' FROM " + CellArrays.KEYS
            + " ON CONFLICT DO NOTHING";
    private static final String LOCK_AND_READ = "SELECT r.scope, r.kind, r.bucket_start, r.endpoint, r.method,"
            + " r.calls, r.client_errors, r.server_errors, r.request_bytes, r.response_bytes, r.latency, r.statuses"
            + " FROM usage_rollup r JOIN " + CellArrays.KEYS + " USING (" + RollupRow.KEY_COLUMNS + ")"
            + " ORDER BY r.scope, r.kind, r.bucket_start, r.endpoint, r.method FOR UPDATE OF r";
    private static final String UPDATE = "UPDATE usage_rollup r SET calls = v.calls, client_errors = v.client_errors,"
            + " server_errors = v.server_errors, request_bytes = v.request_bytes, response_bytes = v.response_bytes,"
            + " latency = v.latency, statuses = v.statuses FROM " + CellArrays.KEYS_AND_MEASURES
            + " WHERE (r.scope, r.kind, r.bucket_start, r.endpoint, r.method)"
            + " = (v.scope, v.kind, v.bucket_start, v.endpoint, v.method)";
    private static final byte[] NO_LATENCIES = UsageMeasures.none().latency().toBytes();

    private PostgresCellWriter() {
    }

    /** Adds {@code changes} to their cells inside the caller's transaction; returns how many cells it wrote. */
    static int add(Connection connection, SortedMap<RollupKey, UsageMeasures> changes, RouteCache routes)
            throws SQLException {
        if (changes.isEmpty()) {
            return 0;
        }
        List<RollupKey> keys = new ArrayList<>(changes.keySet());
        insertMissing(connection, keys);
        Map<RollupKey, UsageMeasures> sums = lockAndRead(connection, keys, routes);
        sums.forEach((key, stored) -> stored.add(changes.get(key)));
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            CellArrays.bindKeysAndMeasures(update, keys, sums);
            update.executeUpdate();
        }
        return keys.size();
    }

    private static void insertMissing(Connection connection, List<RollupKey> keys) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ZEROS)) {
            insert.setBytes(1, NO_LATENCIES);
            CellArrays.bindKeys(insert, 2, keys);
            insert.executeUpdate();
        }
    }

    private static Map<RollupKey, UsageMeasures> lockAndRead(Connection connection, List<RollupKey> keys,
                                                             RouteCache routes) throws SQLException {
        Map<RollupKey, UsageMeasures> stored = new HashMap<>(keys.size() * 2);
        try (PreparedStatement select = connection.prepareStatement(LOCK_AND_READ)) {
            CellArrays.bindKeys(select, 1, keys);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(routes.key(rows), RollupRow.measures(rows));
                }
            }
        }
        if (stored.size() != keys.size()) {
            throw new SQLException("expected " + keys.size() + " rollup rows after inserting them, found "
                    + stored.size());
        }
        return stored;
    }
}
