package com.wedsync.usage.application;

/**
 * An analytics query ran longer than the store's query timeout and was cancelled; nothing changed. The caller
 * narrows the range or coarsens the granularity. 422, as the limits on what a query may ask for are.
 */
public final class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
