package com.wedsync.usage.adapters.persistence.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * How many delta rows wait for the compaction, as PostgreSQL's statistics estimate it ({@code n_live_tup}: rows
 * inserted minus rows deleted by committed transactions, reported within about a second). Reading it is a catalog
 * lookup, where {@code count(*)} would scan the very backlog it measures.
 */
final class DeltaBacklog {

    private static final String ESTIMATE = "SELECT n_live_tup FROM pg_stat_user_tables WHERE relid = '"
            + RollupDeltas.TABLE + "'::regclass";

    private DeltaBacklog() {
    }

    static long estimate(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(ESTIMATE);
             ResultSet row = statement.executeQuery()) {
            return row.next() ? Math.max(0, row.getLong(1)) : 0;
        }
    }
}
