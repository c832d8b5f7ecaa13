package com.wedsync.usage.adapters.persistence.tally;

import com.wedsync.usage.adapters.persistence.sql.Numbers;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.domain.quota.LimitName;

import io.helidon.dbclient.DbRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A table of decision counts to which flushes add: {@code decision_tally} (per local day) or
 * {@code decision_rollup} (per quarter hour). H2 has no {@code ON CONFLICT … DO UPDATE}, so adding is portable in
 * three batches: add to the rows that exist, insert the rows that do not (yielding to a concurrent insert), then
 * add to the rows a concurrent insert created meanwhile.
 */
final class TallyTable {

    static final String SUMS = "CAST(SUM(admitted) AS BIGINT) AS admitted,"
            + " CAST(SUM(admitted_cost) AS BIGINT) AS admitted_cost,"
            + " CAST(SUM(denied) AS BIGINT) AS denied, CAST(SUM(denied_daily) AS BIGINT) AS denied_daily,"
            + " CAST(SUM(denied_minute) AS BIGINT) AS denied_minute, CAST(SUM(denied_burst) AS BIGINT) AS denied_burst";

    private final String add;
    private final String insertIfAbsent;

    private TallyTable(String table, String periodColumn) {
        this.add = "UPDATE " + table + " SET admitted = admitted + ?,"
                + " admitted_cost = admitted_cost + ?, denied = denied + ?,"
                + " denied_daily = denied_daily + ?, denied_minute = denied_minute + ?, denied_burst = denied_burst + ?"
                + " WHERE organization_id = ? AND " + periodColumn + " = ?";
        this.insertIfAbsent = "INSERT INTO " + table + " (admitted, admitted_cost, denied, denied_daily,"
                + " denied_minute, denied_burst, organization_id, " + periodColumn + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    }

    static TallyTable days() {
        return new TallyTable("decision_tally", "local_day");
    }

    static TallyTable quarterHours() {
        return new TallyTable("decision_rollup", "bucket_start");
    }

    /** Adds the counts inside the caller's transaction. */
    void add(Connection connection, Map<TallyRow, TallyCounts> counts) throws SQLException {
        List<Map.Entry<TallyRow, TallyCounts>> rows = List.copyOf(counts.entrySet());
        List<Map.Entry<TallyRow, TallyCounts>> absent = unchanged(connection, add, rows);
        List<Map.Entry<TallyRow, TallyCounts>> raced = unchanged(connection, insertIfAbsent, absent);
        if (!unchanged(connection, add, raced).isEmpty()) {
            throw new IllegalStateException("a tally row vanished while it was being added to");
        }
    }

    static DecisionTally tally(DbRow row) {
        Map<LimitName, Long> deniedByLimit = new EnumMap<>(LimitName.class);
        for (LimitName limit : LimitName.values()) {
            long denied = Numbers.longOf(row, "denied_" + limit.wireName());
            if (denied > 0) {
                deniedByLimit.put(limit, denied);
            }
        }
        return new DecisionTally(Numbers.longOf(row, "admitted"), Numbers.longOf(row, "admitted_cost"),
                Numbers.longOf(row, "denied"), deniedByLimit);
    }

    /** Runs the statement once per row in one batch; returns the rows it changed nothing for. */
    private static List<Map.Entry<TallyRow, TallyCounts>> unchanged(
            Connection connection, String statement, List<Map.Entry<TallyRow, TallyCounts>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        try (PreparedStatement batch = connection.prepareStatement(statement)) {
            for (Map.Entry<TallyRow, TallyCounts> row : rows) {
                bind(batch, row.getKey(), row.getValue());
                batch.addBatch();
            }
            int[] changed = batch.executeBatch();
            List<Map.Entry<TallyRow, TallyCounts>> unchanged = new ArrayList<>();
            for (int i = 0; i < changed.length; i++) {
                if (changed[i] == 0) {
                    unchanged.add(rows.get(i));
                }
            }
            return unchanged;
        }
    }

    private static void bind(PreparedStatement batch, TallyRow key, TallyCounts counts) throws SQLException {
        batch.setLong(1, counts.admitted());
        batch.setLong(2, counts.admittedCost());
        batch.setLong(3, counts.denied());
        batch.setLong(4, counts.deniedDaily());
        batch.setLong(5, counts.deniedMinute());
        batch.setLong(6, counts.deniedBurst());
        batch.setString(7, key.organization().value());
        batch.setObject(8, key.period());
    }
}
