package com.wedsync.usage.application;

/**
 * The store behind a port cannot be reached right now: the database is down, restarting, or the network to it is
 * gone. It exists because this failure, unlike a bug, is the caller's to handle: the request may simply be sent
 * again once the store is back, so the REST adapter answers 503 with {@code Retry-After} instead of a 500.
 * <p>
 * What was asked was not completed. A write whose connection broke while it committed may have taken effect all
 * the same; sending it again is safe for the usage log (a stored event comes back as a duplicate), and for the
 * management writes it answers as a repeat would (a conflict, or the same state).
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
