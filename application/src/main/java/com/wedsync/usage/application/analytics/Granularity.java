package com.wedsync.usage.application.analytics;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The width of one point of a series, on the organization's calendar (weeks are ISO: they start on Monday). */
public enum Granularity {
    HOUR, DAY, WEEK, MONTH;

    /** The local start of the period that contains {@code local}. */
    public LocalDateTime periodStart(LocalDateTime local) {
        return switch (this) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> local.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> local.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Granularity> fromWireName(String name) {
        return Arrays.stream(values()).filter(granularity -> granularity.wireName().equals(name)).findFirst();
    }
}
