package com.wedsync.usage.domain.ratelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The local day a ledger last saw, with its bounds in epoch milliseconds. Working out a local day takes time-zone
 * rules; nearly every decision falls in the same day as the one before, so the answer is kept until the clock leaves
 * that day or the organization's zone changes. Not thread-safe: it belongs to one ledger.
 */
final class LocalDayCache {

    private ZoneId zone;
    private LocalDate day;
    private long startMillis;
    private long endMillis;

    /** Moves to the local day containing {@code nowMillis} on {@code calendar}, if it is not already there. */
    void moveTo(long nowMillis, LocalCalendar calendar) {
        if (calendar.zone().equals(zone) && nowMillis >= startMillis && nowMillis < endMillis) {
            return;
        }
        zone = calendar.zone();
        day = calendar.dayOf(Instant.ofEpochMilli(nowMillis));
        startMillis = calendar.startOf(day).toEpochMilli();
        endMillis = calendar.startOf(day.plusDays(1)).toEpochMilli();
    }

    LocalDate day() {
        return day;
    }

    long endMillis() {
        return endMillis;
    }
}
