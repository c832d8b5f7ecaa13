package com.wedsync.usage.adapters.persistence.partition;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One calendar month (UTC) of the usage log: the partition {@code usage_event_pYYYY_MM} holding the events that
 * occurred in {@code [from, to)}. The name is built from digits only, so it is safe to write into SQL unquoted.
 */
public record MonthPartition(YearMonth month) implements Comparable<MonthPartition> {

    private static final String PREFIX = "usage_event_p";
    private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d{4})_(\\d{2})");

    public MonthPartition {
        if (month == null) {
            throw new IllegalArgumentException("'month' must be present");
        }
        if (month.getYear() < 1 || month.getYear() > 9999) {
            throw new IllegalArgumentException("'month' must be in the years 1 to 9999, was " + month);
        }
    }

    /** The partition an event that occurred at {@code instant} belongs to. */
    public static MonthPartition of(Instant instant) {
        return new MonthPartition(YearMonth.from(instant.atOffset(ZoneOffset.UTC)));
    }

    /** The partition a table of this name holds, if the name follows the pattern. */
    public static Optional<MonthPartition> fromTableName(String tableName) {
        Matcher name = NAME.matcher(tableName);
        if (!name.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(name.group(2));
        return month < 1 || month > 12 ? Optional.empty()
                : Optional.of(new MonthPartition(YearMonth.of(Integer.parseInt(name.group(1)), month)));
    }

    public String tableName() {
        return String.format("%s%04d_%02d", PREFIX, month.getYear(), month.getMonthValue());
    }

    /** The first instant of the month, included. */
    public Instant from() {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant of the next month, excluded. */
    public Instant to() {
        return next().from();
    }

    public MonthPartition next() {
        return new MonthPartition(month.plusMonths(1));
    }

    @Override
    public int compareTo(MonthPartition other) {
        return month.compareTo(other.month);
    }
}
