package com.wedsync.usage.adapters.persistence.tally;

import com.wedsync.usage.adapters.persistence.sql.Numbers;
import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import io.helidon.dbclient.DbRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The {@code decision_tally} table, to which flushes add. H2 has no {@code ON CONFLICT … DO UPDATE}, so adding is
 * portable in three batches: add to the rows that exist, insert the rows that do not (yielding to a concurrent
 * insert), then add to the rows a concurrent insert created meanwhile.
 */
final class TallyTable {

    private static final String ADD = "UPDATE decision_tally SET admitted = admitted + ?,"
            + " admitted_cost = admitted_cost + ?, denied = denied + ?,"
            + " denied_daily = denied_daily + ?, denied_minute = denied_minute + ?, denied_burst = denied_burst + ?"
            + " WHERE organization_id = ? AND local_day = ?";
    private static final String INSERT_IF_ABSENT = "INSERT INTO decision_tally (admitted, admitted_cost, denied,"
            + " denied_daily, denied_minute, denied_burst, organization_id, local_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";
    private static final String SUM = "SELECT CAST(SUM(admitted) AS BIGINT) AS admitted,"
            + " CAST(SUM(admitted_cost) AS BIGINT) AS admitted_cost,"
            + " CAST(SUM(denied) AS BIGINT) AS denied, CAST(SUM(denied_daily) AS BIGINT) AS denied_daily,"
            + " CAST(SUM(denied_minute) AS BIGINT) AS denied_minute, CAST(SUM(denied_burst) AS BIGINT) AS denied_burst"
            + " FROM decision_tally WHERE organization_id = ? AND local_day >= ? AND local_day <= ?";
    private static final String SUM_OF_ALL = SUM.replace("organization_id = ? AND ", "");

    private final DataSource dataSource;
    private final Statements sql;

    TallyTable(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Statements(dataSource);
    }

    void add(Map<TallyKey, TallyCounts> counts) {
        List<Map.Entry<TallyKey, TallyCounts>> rows = List.copyOf(counts.entrySet());
        Transactions.inTransaction(dataSource, connection -> {
            List<Map.Entry<TallyKey, TallyCounts>> absent = unchanged(connection, ADD, rows);
            List<Map.Entry<TallyKey, TallyCounts>> raced = unchanged(connection, INSERT_IF_ABSENT, absent);
            if (!unchanged(connection, ADD, raced).isEmpty()) {
                throw new IllegalStateException("a tally row vanished while it was being added to");
            }
            return null;
        });
    }

    DecisionTally sum(OrganizationId organization, LocalDate first, LocalDate last) {
        return sql.one(SUM, organization.value(), first, last).map(TallyTable::tally).orElse(DecisionTally.NONE);
    }

    DecisionTally sumOfAll(LocalDate first, LocalDate last) {
        return sql.one(SUM_OF_ALL, first, last).map(TallyTable::tally).orElse(DecisionTally.NONE);
    }

    /** Runs the statement once per row in one batch; returns the rows it changed nothing for. */
    private static List<Map.Entry<TallyKey, TallyCounts>> unchanged(
            Connection connection, String statement, List<Map.Entry<TallyKey, TallyCounts>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        try (PreparedStatement batch = connection.prepareStatement(statement)) {
            for (Map.Entry<TallyKey, TallyCounts> row : rows) {
                bind(batch, row.getKey(), row.getValue());
                batch.addBatch();
            }
            int[] changed = batch.executeBatch();
            List<Map.Entry<TallyKey, TallyCounts>> unchanged = new ArrayList<>();
            for (int i = 0; i < changed.length; i++) {
                if (changed[i] == 0) {
                    unchanged.add(rows.get(i));
                }
            }
            return unchanged;
        }
    }

    private static void bind(PreparedStatement batch, TallyKey key, TallyCounts counts) throws SQLException {
        batch.setLong(1, counts.admitted());
        batch.setLong(2, counts.admittedCost());
        batch.setLong(3, counts.denied());
        batch.setLong(4, counts.deniedDaily());
        batch.setLong(5, counts.deniedMinute());
        batch.setLong(6, counts.deniedBurst());
        batch.setString(7, key.organization().value());
        batch.setObject(8, key.localDay());
    }

    private static DecisionTally tally(DbRow row) {
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
}
