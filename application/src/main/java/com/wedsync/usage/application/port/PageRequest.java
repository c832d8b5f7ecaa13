package com.wedsync.usage.application.port;

import java.util.Optional;

/** One page of a list: at most {@code limit} items after the opaque {@code cursor} (keyset pagination). */
public record PageRequest(int limit, Optional<String> cursor) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("'limit' must be from 1 to " + MAX_LIMIT + ", was " + limit);
        }
        if (cursor == null) {
            throw new IllegalArgumentException("'cursor' is required (may be empty)");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
