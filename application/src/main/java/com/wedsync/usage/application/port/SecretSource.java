package com.wedsync.usage.application.port;

/** Unpredictable strings and bytes for secrets and identifiers (a secure random source in production). */
public interface SecretSource {

    /** {@code length} characters from [0-9A-Za-z]. */
    String base62(int length);

    /** {@code count} random bytes, for keys that are bytes rather than text (webhook signing secrets). */
    byte[] bytes(int count);
}
