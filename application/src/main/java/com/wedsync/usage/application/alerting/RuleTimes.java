package com.wedsync.usage.application.alerting;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * When a rule was made and changed. Times are kept to the millisecond: a store keeps no finer (PostgreSQL and H2
 * keep microseconds), so the answer to a write shows the same time as every later read.
 */
final class RuleTimes {

    private RuleTimes() {
    }

    static Instant now(InstantSource clock) {
        return millis(clock.instant());
    }

    /** A time a client gave, to the millisecond like every time kept here. */
    static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Now, but never before the rule was made: another node's clock may be behind the one that made it. */
    static Instant updatedAt(Instant createdAt, Instant now) {
        return now.isBefore(createdAt) ? createdAt : now;
    }
}
