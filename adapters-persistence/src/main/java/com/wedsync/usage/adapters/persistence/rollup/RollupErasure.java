package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.RollupScope;
import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Erasing an organization deletes its rollups, in one transaction with moving their measures to the anonymous
 * {@link RollupScope#ERASED} scope: the system's rollups keep its calls (they name no organization, and the history
 * of the system's load should not change when a customer leaves), and the rollup check still finds the system
 * equal to its organizations plus what was erased.
 * <p>
 * On PostgreSQL its changes not yet compacted go too, first, by DELETE … RETURNING (what is deleted is exactly what
 * moves; a compactor holding some of them makes this wait until they are in the cells, which are read after). The
 * embedded store keeps no such changes, and H2 has no DELETE … RETURNING.
 */
public final class RollupErasure {

    private static final String ROW = RollupRow.KEY_COLUMNS + ", " + RollupRow.MEASURE_COLUMNS;
    private static final String TAKE_DELTAS = "DELETE FROM " + RollupDeltas.TABLE + " WHERE scope = ? RETURNING " + ROW;
    private static final String SELECT = "SELECT " + ROW + " FROM usage_rollup WHERE scope = ? FOR UPDATE";
    private static final String DELETE = "DELETE FROM usage_rollup WHERE scope = ?";

    private RollupErasure() {
    }

    /** For the embedded store: its rollups are all cells. */
    public static void eraseCells(DataSource dataSource, OrganizationId organization) {
        erase(dataSource, organization, Optional.empty());
    }

    /** For PostgreSQL: the cells and the changes appends left for the compactor. */
    public static void eraseCellsAndDeltas(DataSource dataSource, OrganizationId organization) {
        erase(dataSource, organization, Optional.of(TAKE_DELTAS));
    }

    private static void erase(DataSource dataSource, OrganizationId organization, Optional<String> takeDeltas) {
        String scope = RollupScope.of(organization).id();
        Transactions.inTransaction(dataSource, connection -> {
            SortedMap<RollupKey, UsageMeasures> anonymous = new TreeMap<>();
            if (takeDeltas.isPresent()) {
                readAnonymous(connection, takeDeltas.get(), scope, anonymous);
            }
            readAnonymous(connection, SELECT, scope, anonymous);
            RollupWriter.add(connection, anonymous);
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setString(1, scope);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static void readAnonymous(Connection connection, String sql, String scope,
                                      SortedMap<RollupKey, UsageMeasures> anonymous) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, scope);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    RollupKey key = RollupRow.key(rows);
                    RollupRow.merge(anonymous, new RollupKey(RollupScope.ERASED, key.kind(), key.bucketStart(),
                            key.route()), RollupRow.measures(rows));
                }
            }
        }
    }
}
