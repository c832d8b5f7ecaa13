package com.wedsync.usage.adapters.persistence.sql;

/**
 * The database failed to do what a port asked (unreachable, full, constraint broken). Ports promise no checked
 * exceptions, so the adapters turn every {@link java.sql.SQLException} into this; the REST edge answers 5xx.
 */
public final class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
