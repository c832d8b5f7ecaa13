package com.wedsync.usage.adapters.rest.json;

/**
 * A request body this API cannot read as JSON: declared as another media type, or in a charset other than UTF-8.
 * It exists so that the answer is a 415, which tells the client to change its headers rather
 * than its body.
 */
public final class UnsupportedMediaTypeException extends RuntimeException {

    public UnsupportedMediaTypeException(String message) {
        super(message);
    }
}
