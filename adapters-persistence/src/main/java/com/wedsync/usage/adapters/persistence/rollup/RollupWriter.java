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
 * Adds rollup changes to {@code usage_rollup} inside the caller's transaction, the one that stores the events they
 * count. Histograms cannot be added up in SQL, so each row is read, merged in Java and written back, in three steps:
 * insert the missing rows as zeros (ON CONFLICT DO NOTHING: a concurrent append inserting the same row makes this
 * one wait for it), lock and read every row (ORDER BY … FOR UPDATE locks in key order), write the sums.
 * <p>
 * Every append locks its rows in key order, after its event keys: two appends sharing rows queue behind each other
 * instead of deadlocking. Rows are read in chunks that keep a statement under PostgreSQL's 32,767 parameters.
 */
public final class RollupWriter {

    private static final int KEYS_PER_STATEMENT = 1_000;
    private static final String INSERT_ZERO = "INSERT INTO usage_rollup (" + RollupRow.KEY_COLUMNS + ", "
            + RollupRow.MEASURE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, '') ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE usage_rollup SET calls = ?, client_errors = ?, server_errors = ?,"
            + " request_bytes = ?, response_bytes = ?, latency = ?, statuses = ? WHERE scope = ? AND kind = ?"
            + " AND bucket_start = ? AND endpoint = ? AND method = ?";
    private static final byte[] NO_LATENCIES = UsageMeasures.none().latency().toBytes();

    private RollupWriter() {
    }

    public static void add(Connection connection, SortedMap<RollupKey, UsageMeasures> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        insertMissing(connection, changes);
        Map<RollupKey, UsageMeasures> sums = lockAndRead(connection, new ArrayList<>(changes.keySet()));
        sums.forEach((key, stored) -> stored.add(changes.get(key)));
        write(connection, changes, sums);
    }

    private static void insertMissing(Connection connection, SortedMap<RollupKey, UsageMeasures> changes)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ZERO)) {
            for (RollupKey key : changes.keySet()) {
                insert.setBytes(RollupRow.bindKey(insert, 1, key), NO_LATENCIES);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<RollupKey, UsageMeasures> lockAndRead(Connection connection, List<RollupKey> keys)
            throws SQLException {
        Map<RollupKey, UsageMeasures> stored = new HashMap<>(keys.size() * 2);
        for (int start = 0; start < keys.size(); start += KEYS_PER_STATEMENT) {
            List<RollupKey> chunk = keys.subList(start, Math.min(keys.size(), start + KEYS_PER_STATEMENT));
            try (PreparedStatement select = connection.prepareStatement(lockingSelect(chunk.size()))) {
                int parameter = 1;
                for (RollupKey key : chunk) {
                    parameter = RollupRow.bindKey(select, parameter, key);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.put(RollupRow.key(rows), RollupRow.measures(rows));
                    }
                }
            }
        }
        if (stored.size() != keys.size()) {
            throw new SQLException("expected " + keys.size() + " rollup rows after inserting them, found "
                    + stored.size());
        }
        return stored;
    }

    private static String lockingSelect(int keys) {
        StringBuilder sql = new StringBuilder("SELECT ").append(RollupRow.KEY_COLUMNS).append(", ")
                .append(RollupRow.MEASURE_COLUMNS).append(" FROM usage_rollup WHERE (")
                .append(RollupRow.KEY_COLUMNS).append(") IN (");
        for (int i = 0; i < keys; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
        }
        return sql.append(") ORDER BY ").append(RollupRow.KEY_COLUMNS).append(" FOR UPDATE").toString();
    }

    private static void write(Connection connection, SortedMap<RollupKey, UsageMeasures> changes,
                              Map<RollupKey, UsageMeasures> sums) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (RollupKey key : changes.keySet()) {
                RollupRow.bindMeasures(update, 1, sums.get(key));
                RollupRow.bindKey(update, 8, key);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
