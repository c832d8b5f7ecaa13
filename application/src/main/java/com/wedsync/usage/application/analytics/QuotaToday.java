package com.wedsync.usage.application.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Today's daily quota on the organization's calendar; {@code limit} and {@code remaining} null when unlimited.
 * {@code projectedExhaustionAt} extends today's average pace since local midnight: when the quota will run out at
 * that pace, null when it will not before the day resets (or the quota is unlimited), {@code startOfDay}-based
 * and so honest on 23- and 25-hour days. An exhausted quota projects to now.
 */
public record QuotaToday(LocalDate day, Long limit, long used, Long remaining, Instant resetsAt,
                         Instant projectedExhaustionAt) {

    static QuotaToday of(LocalDate day, Long limit, long used, Instant startOfDay, Instant resetsAt, Instant now) {
        Long remaining = limit == null ? null : Math.max(0, limit - used);
        return new QuotaToday(day, limit, used, remaining, resetsAt,
                projectedExhaustion(remaining, used, startOfDay, resetsAt, now));
    }

    private static Instant projectedExhaustion(Long remaining, long used, Instant startOfDay, Instant resetsAt,
                                               Instant now) {
        if (remaining == null) {
            return null;
        }
        if (remaining == 0) {
            return now;
        }
        long elapsedMillis = Duration.between(startOfDay, now).toMillis();
        if (used == 0 || elapsedMillis <= 0) {
            return null;
        }
        double millisPerUnit = (double) elapsedMillis / used;
        double untilExhaustion = millisPerUnit * remaining;
        if (untilExhaustion >= Duration.between(now, resetsAt).toMillis()) {
            return null;
        }
        return now.plusMillis((long) Math.ceil(untilExhaustion));
    }
}
