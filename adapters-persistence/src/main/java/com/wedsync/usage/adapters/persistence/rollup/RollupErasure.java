package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.RollupScope;
import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Erasing an organization deletes its rollups, in one transaction with moving their measures to the anonymous
 * {@link RollupScope#ERASED} scope: the system's rollups keep its calls (they name no organization, and the history
 * of the system's load should not change when a customer leaves), and the rollup check still finds the system
 * equal to its organizations plus what was erased.
 */
public final class RollupErasure {

    private static final String SELECT = "SELECT " + RollupRow.KEY_COLUMNS + ", " + RollupRow.MEASURE_COLUMNS
            + " FROM usage_rollup WHERE scope = ?";
    private static final String DELETE = "DELETE FROM usage_rollup WHERE scope = ?";

    private RollupErasure() {
    }

    public static void erase(DataSource dataSource, OrganizationId organization) {
        Transactions.inTransaction(dataSource, connection -> {
            SortedMap<RollupKey, UsageMeasures> anonymous = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, RollupScope.of(organization).id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        RollupKey key = RollupRow.key(rows);
                        anonymous.put(new RollupKey(RollupScope.ERASED, key.kind(), key.bucketStart(), key.route()),
                                RollupRow.measures(rows));
                    }
                }
            }
            RollupWriter.add(connection, anonymous);
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setString(1, RollupScope.of(organization).id());
                delete.executeUpdate();
            }
            return null;
        });
    }
}
