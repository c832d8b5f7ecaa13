package com.wedsync.usage.adapters.persistence.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * How many delta rows wait for the compaction. While it works through a backlog, PostgreSQL's statistics estimate
 * ({@code n_live_tup}, a catalog read), so that looking costs the compaction nothing; once it has caught up, a count
 * of at most {@link #COUNTED} rows, since the estimate alone drifted to thousands of rows on an empty table after
 * truncations and rolled-back appends (measured on the benchmark database).
 */
final class DeltaBacklog {

    /** A caught-up compaction leaves far fewer; more than this is estimated rather than scanned. */
    static final int COUNTED = 100_000;

    private static final String BOUNDED_COUNT = "SELECT count(*) FROM (SELECT 1 FROM " + RollupDeltas.TABLE
            + " LIMIT " + COUNTED + ") AS waiting";
    private static final String ESTIMATE = "SELECT n_live_tup FROM pg_stat_user_tables WHERE relid = '"
            + RollupDeltas.TABLE + "'::regclass";

    private DeltaBacklog() {
    }

    static long waitingRows(DataSource dataSource, boolean caughtUp) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long counted = caughtUp ? single(connection, BOUNDED_COUNT) : COUNTED;
            return counted < COUNTED ? counted : single(connection, ESTIMATE);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            return row.next() ? Math.max(0, row.getLong(1)) : 0;
        }
    }
}
