package com.wedsync.usage.adapters.rest.boot;

import java.time.Clock;
import java.time.Duration;

/**
 * The service's clock: UTC, ticking in whole microseconds. Both databases keep times to the microsecond, so an
 * answer written from a nanosecond reading (a key's {@code createdAt} in the answer that created it) would differ from
 * every later read of the same thing.
 */
final class ServiceClock {

    private static final Duration STORED_PRECISION = Duration.ofNanos(1_000);

    private ServiceClock() {
    }

    static Clock utcInStoredPrecision() {
        return Clock.tick(Clock.systemUTC(), STORED_PRECISION);
    }
}
