package com.wedsync.usage.adapters.rest.boot;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceClockTest {

    @Test
    void readsAreWholeMicrosecondsOfUtcNow() {
        Clock clock = ServiceClock.utcInStoredPrecision();
        for (int read = 0; read < 1_000; read++) {
            Instant now = clock.instant();
            assertThat(now.getNano() % 1_000).isZero();
            assertThat(Duration.between(now, Instant.now())).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        }
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
