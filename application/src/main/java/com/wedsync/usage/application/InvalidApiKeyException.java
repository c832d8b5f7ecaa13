package com.wedsync.usage.application;

/**
 * A decision named an API key that is unknown, revoked or expired. The caller must tell its own client that the
 * key is not valid, so this is not a denial (which would suggest retrying). The REST adapter answers 422.
 */
public final class InvalidApiKeyException extends RuntimeException {

    public InvalidApiKeyException() {
        super("the API key is unknown, revoked or expired");
    }
}
