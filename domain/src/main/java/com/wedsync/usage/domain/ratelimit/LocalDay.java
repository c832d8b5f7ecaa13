package com.wedsync.usage.domain.ratelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The local day a ledger last saw, with its bounds in epoch milliseconds, and the cost admitted on the day last
 * counted (a new day starts from zero). Working out a local day takes time-zone rules; nearly every decision falls
 * in the same day as the one before, so the answer is kept until the clock leaves that day or the organization's
 * zone changes. The reads never throw, whatever they read, so that a store may make them under an optimistic read.
 * Not thread-safe: it belongs to one ledger.
 */
final class LocalDay {

    private ZoneId zone;
    private LocalDate day;
    private long startMillis;
    private long endMillis;
    private LocalDate countedDay;
    private long counted;

    /** Moves to the local day containing {@code nowMillis} on {@code calendar}, if it is not already there. */
    void moveTo(long nowMillis, LocalCalendar calendar) {
        if (contains(nowMillis, calendar)) {
            return;
        }
        zone = calendar.zone();
        day = calendar.dayOf(Instant.ofEpochMilli(nowMillis));
        startMillis = calendar.startOf(day).toEpochMilli();
        endMillis = calendar.startOf(day.plusDays(1)).toEpochMilli();
    }

    /** True when {@link #moveTo} would keep the current day. */
    boolean contains(long nowMillis, LocalCalendar calendar) {
        return calendar.zone().equals(zone) && nowMillis >= startMillis && nowMillis < endMillis;
    }

    LocalDate day() {
        return day;
    }

    long endMillis() {
        return endMillis;
    }

    /** The cost admitted on {@code date}. */
    long usedOn(LocalDate date) {
        return date != null && date.equals(countedDay) ? counted : 0;
    }

    /** The cost admitted on the current day. */
    long used() {
        return usedOn(day);
    }

    void add(long cost) {
        if (!day.equals(countedDay)) {
            countedDay = day;
            counted = 0;
        }
        counted += cost;
    }

    /** Restores a count taken elsewhere (the shared store's figure for the day) when that figure is higher. */
    void raiseTo(long atLeast) {
        if (used() < atLeast) {
            countedDay = day;
            counted = atLeast;
        }
    }
}
