package com.wedsync.usage.application.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTest {

    private static final Instant CREATED = Instant.parse("2025-06-02T10:00:00Z");

    @Test
    void delaysDoubleFromTheBaseUpToTheCap() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(10)).isEqualTo(Duration.ofSeconds(512));
        assertThat(policy.delayAfter(11)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void eachDelayIsDrawnBetweenItsHalfAndItsWhole() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        Instant now = CREATED.plusSeconds(60);

        assertThat(policy.nextAttempt(3, CREATED, now, 0.0)).contains(now.plusSeconds(2));
        assertThat(policy.nextAttempt(3, CREATED, now, 0.5)).contains(now.plusSeconds(3));
        assertThat(policy.nextAttempt(3, CREATED, now, 0.999)).contains(now.plusMillis(3_998));
    }

    @Test
    void itGivesUpOnceTheNextAttemptWouldComeAfterTheGiveUpTime() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.nextAttempt(150, CREATED, CREATED.plus(Duration.ofHours(23)), 0.0))
                .contains(CREATED.plus(Duration.ofHours(23)).plusSeconds(300));
        assertThat(policy.nextAttempt(150, CREATED, CREATED.plus(Duration.ofHours(24)).minusSeconds(299), 0.0))
                .isEmpty();
    }

    @Test
    void theBaseMustBePositiveAndTheCapNoSmaller() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofHours(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofHours(1)));
    }
}
