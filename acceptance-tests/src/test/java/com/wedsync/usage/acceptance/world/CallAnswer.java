package com.wedsync.usage.acceptance.world;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One answer to "may this call go ahead?", by limit name ({@code daily}, {@code minute}, {@code burst}).
 * {@code shown} is what the caller is told in the short form meant for clients (over HTTP: the {@code Retry-After}
 * and {@code RateLimit} headers), so that it can be checked against the full answer.
 */
public record CallAnswer(boolean admitted, Map<String, LimitReading> limits, Set<String> deniedBy,
                         OptionalLong retryAfterSeconds, ShownToCaller shown) {

    public CallAnswer {
        limits = Map.copyOf(limits);
        deniedBy = Set.copyOf(deniedBy);
    }

    public Optional<LimitReading> limit(String name) {
        return Optional.ofNullable(limits.get(name));
    }

    /** A limit as one answer reports it: its size, what is left, and the whole seconds until more room appears. */
    public record LimitReading(long limit, long remaining, long resetSeconds) {
    }

    /** The short form: the wait before a retry, and the one limit the caller should watch with its reset. */
    public record ShownToCaller(OptionalLong retryAfterSeconds, Optional<String> watchedLimit,
                                OptionalLong watchedRemaining, OptionalLong watchedResetSeconds) {
    }
}
