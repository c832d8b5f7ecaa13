package com.wedsync.usage.application.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads an event's {@code occurredAt}, an ISO-8601 instant, exactly as {@link Instant#parse} does. Nearly every
 * caller sends the form {@code Instant.toString} writes ({@code 2025-01-31T12:00:00Z}, with 0 to 9 digits of
 * fraction), which is read here digit by digit: {@code Instant.parse} goes through a {@code DateTimeFormatter} and
 * was the largest cost of validating a batch. Anything else (an offset, a leap second, a year past 9999, a
 * malformed text) goes to {@code Instant.parse}, which gives the answer or the error.
 */
final class OccurredAt {

    private static final int SHORTEST = "2025-01-31T12:00:00Z".length();
    private static final long SECONDS_PER_DAY = 86_400;

    private OccurredAt() {
    }

    /** The instant {@code text} names; throws {@link DateTimeParseException} as {@code Instant.parse} does. */
    static Instant parse(String text) {
        Instant common = commonForm(text);
        return common != null ? common : Instant.parse(text);
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with every field in range, else null. */
    private static Instant commonForm(String text) {
        int length = text.length();
        if (length < SHORTEST || length > SHORTEST + 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nanos = fraction(text, 19, length - 1);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || nanos < 0) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException noSuchDate) {
            return null;
        }
    }

    /** The nanoseconds of {@code [start, end)}: nothing, or '.' and 1 to 9 digits; -1 for anything else. */
    private static int fraction(String text, int start, int end) {
        if (start == end) {
            return 0;
        }
        int digits = end - start - 1;
        if (text.charAt(start) != '.' || digits < 1 || digits > 9) {
            return -1;
        }
        int value = digits(text, start + 1, digits);
        for (int scale = digits; scale < 9 && value >= 0; scale++) {
            value *= 10;
        }
        return value;
    }

    /** The number written by the {@code count} ASCII digits at {@code start}, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
