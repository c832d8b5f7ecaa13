package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.domain.ratelimit.LocalCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The local days around a reading of this process's clock, for the scripts. Lua knows no time zones, so the
 * process works out the day before, the day of and the day after its own reading, with their bounds in epoch
 * milliseconds, and the script picks the one that contains Redis's time: nodes whose clocks are skewed by
 * seconds (or hours) still count on the same day. The answer is kept per zone until the clock leaves its day,
 * as nearly every decision falls on the same day as the one before.
 */
final class LocalDays {

    /** Three consecutive local days and their bounds: day {@code i} runs from bound {@code i} to {@code i + 1}. */
    record Around(long[] bounds) {

        boolean isCentredOn(long epochMillis) {
            return epochMillis >= bounds[1] && epochMillis < bounds[2];
        }

        /** The script arguments for the bounds, in order. */
        Object[] boundArguments() {
            return new Object[] {bounds[0], bounds[1], bounds[2], bounds[3]};
        }
    }

    private final ConcurrentMap<ZoneId, Around> latest = new ConcurrentHashMap<>();

    Around around(LocalCalendar calendar, long epochMillis) {
        Around known = latest.get(calendar.zone());
        if (known != null && known.isCentredOn(epochMillis)) {
            return known;
        }
        LocalDate today = calendar.dayOf(Instant.ofEpochMilli(epochMillis));
        LocalDate first = today.minusDays(1);
        long[] bounds = new long[4];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = calendar.startOf(first.plusDays(i)).toEpochMilli();
        }
        Around around = new Around(bounds);
        latest.put(calendar.zone(), around);
        return around;
    }
}
