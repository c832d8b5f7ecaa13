package com.wedsync.usage.application.analytics;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The width of one point of a series, on the organization's calendar (weeks are ISO: they start on Monday). */
public enum Granularity {
    HOUR, DAY, WEEK, MONTH;

    /**
     * The start of the period that contains {@code local}, in its zone. Hours keep their offset, so the two
     * 01:00 hours of a day when clocks fall back stay two periods; days, weeks and months start at local midnight.
     */
    public ZonedDateTime periodStart(ZonedDateTime local) {
        return switch (this) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.toLocalDate().atStartOfDay(local.getZone());
            case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(local.getZone());
            case MONTH -> local.toLocalDate().withDayOfMonth(1).atStartOfDay(local.getZone());
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Granularity> fromWireName(String name) {
        return Arrays.stream(values()).filter(granularity -> granularity.wireName().equals(name)).findFirst();
    }
}
