package com.wedsync.usage.application;

/**
 * The principal's role may not do this at all (a viewer creating a key, a service reading analytics). Asking for
 * another organization's object is not this: that is {@link NotFoundException}. The REST adapter answers 403.
 */
public final class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
