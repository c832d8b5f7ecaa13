package com.wedsync.usage.adapters.persistence.sql;

import com.wedsync.usage.application.StoreUnavailableException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached from one that failed a statement, so that the caller can be told which:
 * {@link StoreUnavailableException} (try again later; the REST edge answers 503) or {@link PersistenceException}
 * (a fault; 500). Every SQL failure a port reports goes through {@link #failure}.
 * <p>
 * Unreachable means: HikariCP gave up waiting for a connection ({@link SQLTransientConnectionException}), the
 * connection failed or was never made (SQLState class 08), or the server is going down or not yet up (57P01
 * admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now), anywhere in the chain of causes.
 */
public final class DatabaseFailures {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");
    /** Bounds the walk, so that a chain of causes that loops cannot hang it. */
    private static final int MAX_CAUSES = 32;

    private DatabaseFailures() {
    }

    /** The exception to throw for {@code cause}: unavailable when the database could not be reached, else a fault. */
    public static RuntimeException failure(String message, Throwable cause) {
        return isUnreachable(cause) ? new StoreUnavailableException(message, cause)
                : new PersistenceException(message, cause);
    }

    /** Whether {@code failure}, or any of its causes, says that the database could not be reached. */
    public static boolean isUnreachable(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = next(cause)) {
            if (cause instanceof StoreUnavailableException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_OR_COMING.contains(sqlState));
    }

    /** The next link: a batch's next exception first, then the cause; a self-cause ends the chain. */
    private static Throwable next(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
