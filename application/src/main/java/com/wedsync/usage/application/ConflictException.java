package com.wedsync.usage.application;

/** The request clashes with what exists (an id already taken); nothing was changed. The REST adapter answers 409. */
public final class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
