package com.wedsync.usage.adapters.persistence.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Plain JDBC transactions, for the writes that need control DbClient does not give (batches with per-row counts).
 * A transaction the database aborted because of a concurrent one (serialization failure, deadlock, lock timeout)
 * is run again from the start; any other failure is final.
 */
public final class Transactions {

    private static final int MAX_ATTEMPTS = 5;
    /** Serialization failure, PostgreSQL deadlock, H2 lock timeout, H2 concurrent update. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "HYT00", "90131");

    private Transactions() {
    }

    /** The work of one transaction; it must not commit or roll back itself. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in one transaction and returns its result only once the transaction has committed.
     * Whatever the work throws rolls the transaction back.
     */
    public static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollBack(connection, e);
                    if (!(e instanceof SQLException failure && isTransient(failure))) {
                        throw e;
                    }
                    last = failure;
                }
            } catch (SQLException e) {
                throw DatabaseFailures.failure("the database transaction failed", e);
            }
        }
        throw new PersistenceException("the database transaction kept conflicting, gave up after "
                + MAX_ATTEMPTS + " attempts", last);
    }

    /**
     * A connection that broke fails its rollback too; the failure of the work is the one worth reporting (and
     * classifying), so the rollback's own failure travels with it as a suppressed exception.
     */
    private static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }

    private static boolean isTransient(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && TRANSIENT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
