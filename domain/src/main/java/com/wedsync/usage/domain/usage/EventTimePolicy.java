package com.wedsync.usage.domain.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which event times the log takes: nothing more than five minutes ahead of the receiving clock (a caller's
 * skewed clock is tolerated, a wrong date is not), and nothing older than the organization's retention.
 */
public final class EventTimePolicy {

    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

    private EventTimePolicy() {
    }

    public static Optional<EventRejection> judge(Instant occurredAt, Instant now, int retentionDays) {
        if (occurredAt.isAfter(now.plus(MAX_AHEAD))) {
            return Optional.of(EventRejection.IN_THE_FUTURE);
        }
        if (occurredAt.isBefore(now.minus(Duration.ofDays(retentionDays)))) {
            return Optional.of(EventRejection.OLDER_THAN_RETENTION);
        }
        return Optional.empty();
    }
}
