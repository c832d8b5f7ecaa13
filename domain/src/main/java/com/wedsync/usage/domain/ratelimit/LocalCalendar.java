package com.wedsync.usage.domain.ratelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An organization's calendar: which local day an instant falls on and when that day ends. A local day runs
 * from local midnight to the next local midnight, so it lasts 23 or 25 hours when daylight saving changes.
 */
public record LocalCalendar(ZoneId zone) {

    public LocalCalendar {
        com.wedsync.usage.domain.Require.present(zone, "zone");
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant of {@code day} in this zone (midnight, or the first valid time after a gap). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public Instant endOfDayContaining(Instant instant) {
        return startOf(dayOf(instant).plusDays(1));
    }
}
