package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.application.QueryTimeoutException;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;

/**
 * How long an analytics statement may run before the database cancels it: a query that asks too much fails alone
 * instead of holding a pooled connection and the database's time. Both drivers cancel on
 * {@link PreparedStatement#setQueryTimeout} and report SQLState 57014 (PostgreSQL: query_canceled).
 */
public record QueryLimits(Duration timeout) {

    public static final QueryLimits DEFAULT = new QueryLimits(Duration.ofSeconds(10));
    private static final String QUERY_CANCELED = "57014";

    public QueryLimits {
        if (timeout.toSeconds() < 1) {
            throw new IllegalArgumentException("'timeout' must be at least one second, was " + timeout);
        }
    }

    void apply(PreparedStatement statement) throws SQLException {
        statement.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    }

    /**
     * Takes a statement's timeout off its connection again before the connection goes back to the pool. H2 keeps a
     * statement's query timeout as a setting of the whole session, so without this every later statement on that
     * pooled connection (an ingest batch, the rollup check, retention) would be cancelled after the analytics' limit.
     */
    public static void clear(Statement statement) throws SQLException {
        statement.setQueryTimeout(0);
    }

    boolean isTimeout(SQLException failure) {
        return failure instanceof SQLTimeoutException || QUERY_CANCELED.equals(failure.getSQLState());
    }

    QueryTimeoutException timeout(SQLException failure) {
        return new QueryTimeoutException("the analytics query took longer than " + timeout.toSeconds()
                + " s and was cancelled; ask for a shorter range or a coarser granularity", failure);
    }
}
