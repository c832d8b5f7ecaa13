package com.wedsync.usage.adapters.persistence.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * How many delta rows wait for the compaction: counted exactly up to {@link #COUNTED} rows, the usual case, and
 * beyond that PostgreSQL's statistics estimate ({@code n_live_tup}), so that looking never scans a large backlog.
 * The estimate alone was not enough: it drifted to thousands of rows on an empty table after truncations and
 * rolled-back appends (measured on the benchmark database).
 */
final class DeltaBacklog {

    /** Counting this many rows takes a few milliseconds; a backlog this large is already worth an alarm. */
    static final int COUNTED = 100_000;

    private static final String BOUNDED_COUNT = "SELECT count(*) FROM (SELECT 1 FROM " + RollupDeltas.TABLE
            + " LIMIT " + COUNTED + ") AS waiting";
    private static final String ESTIMATE = "SELECT n_live_tup FROM pg_stat_user_tables WHERE relid = '"
            + RollupDeltas.TABLE + "'::regclass";

    private DeltaBacklog() {
    }

    static long waitingRows(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long counted = single(connection, BOUNDED_COUNT);
            return counted < COUNTED ? counted : Math.max(counted, single(connection, ESTIMATE));
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            return row.next() ? Math.max(0, row.getLong(1)) : 0;
        }
    }
}
