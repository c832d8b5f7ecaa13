package com.wedsync.usage.domain.ratelimit;

import java.time.LocalDate;

/** The cost admitted on one local day; a new day starts from zero. Not thread-safe. */
public final class DailyCounter {

    private LocalDate day;
    private long used;

    public long used(LocalDate today) {
        return today.equals(day) ? used : 0;
    }

    public void add(LocalDate today, long cost) {
        if (!today.equals(day)) {
            day = today;
            used = 0;
        }
        used += cost;
    }

    /** Restores a count taken elsewhere (the shared store's figure for the day) when that figure is higher. */
    public void raiseTo(LocalDate today, long atLeast) {
        if (used(today) < atLeast) {
            day = today;
            used = atLeast;
        }
    }
}
