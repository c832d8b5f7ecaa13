package com.wedsync.usage.adapters.rest.json;

import com.wedsync.usage.domain.Require;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Values as they arrive on the wire (JSON strings, query parameters), checked with messages that name the field
 * and quote the rejected value safely. Parse failures of the JDK become IllegalArgumentExceptions here, so that
 * they answer 400 with our wording rather than the JDK's.
 */
public final class WireValues {

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private WireValues() {
    }

    /** A string of at most {@code maxLength} characters without control characters. */
    public static String printable(String value, String name, int maxLength) {
        Require.present(value, name);
        if (value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("'" + name + "' must be at most " + maxLength
                    + " characters without control characters, was " + Require.quoted(value));
        }
        return value;
    }

    /** An ISO-8601 instant from the years 1970 to 9999: no calendar of this product reaches further. */
    public static Instant instant(String value, String name) {
        Require.present(value, name);
        try {
            Instant instant = Instant.parse(value);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new IllegalArgumentException("'" + name + "' must lie between " + EARLIEST + " and " + LATEST
                        + ", was " + Require.quoted(value));
            }
            return instant;
        } catch (DateTimeException notInstant) {
            throw new IllegalArgumentException("'" + name + "' must be an ISO-8601 instant such as "
                    + "2025-01-31T12:00:00Z, was " + Require.quoted(value));
        }
    }

    public static Optional<Instant> optionalInstant(String value, String name) {
        return value == null ? Optional.empty() : Optional.of(instant(value, name));
    }

    /** An IANA time zone such as {@code Europe/Berlin} (or {@code UTC}); fixed offsets are not calendars. */
    public static ZoneId timeZone(String value) {
        Require.present(value, "timeZone");
        if (!ZONES.contains(value)) {
            throw new IllegalArgumentException("'timeZone' must be an IANA time zone such as Europe/Berlin, was "
                    + Require.quoted(value));
        }
        return ZoneId.of(value);
    }

    public static int integer(String value, String name) {
        Require.present(value, name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notInteger) {
            throw new IllegalArgumentException("'" + name + "' must be an integer, was " + Require.quoted(value));
        }
    }
}
