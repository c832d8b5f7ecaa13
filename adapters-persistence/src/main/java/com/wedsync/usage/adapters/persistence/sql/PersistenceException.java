package com.wedsync.usage.adapters.persistence.sql;

/**
 * The database failed to do what a port asked (full, constraint broken, a bug). Ports promise no checked
 * exceptions, so the adapters turn every {@link java.sql.SQLException} into this, or, when the database could not be
 * reached at all, into the application's StoreUnavailableException ({@link DatabaseFailures} tells which); the REST
 * edge answers 500 to this one and 503 to the other.
 */
public final class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
