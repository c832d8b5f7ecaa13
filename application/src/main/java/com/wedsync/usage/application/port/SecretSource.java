package com.wedsync.usage.application.port;

/** Unpredictable strings for secrets and identifiers (a secure random source in production). */
public interface SecretSource {

    /** {@code length} characters from [0-9A-Za-z]. */
    String base62(int length);
}
