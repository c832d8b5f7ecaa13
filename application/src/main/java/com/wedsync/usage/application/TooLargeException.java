package com.wedsync.usage.application;

/** A request carries more than the configured maximum (events per batch); nothing of it was stored. 413. */
public final class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
