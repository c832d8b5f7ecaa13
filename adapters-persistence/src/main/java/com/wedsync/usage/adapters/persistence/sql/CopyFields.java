package com.wedsync.usage.adapters.persistence.sql;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Fields of PostgreSQL's COPY text format: NULL written {@code \N}; backslash, tab, newline and carriage return
 * escaped; bytea as hex ({@code \\x…}: the bytea literal {@code \x…} with its backslash escaped for COPY). The
 * domain already keeps such characters out of ids and route templates; escaping anyway makes the format safe by
 * itself. Instants are written digit by digit ({@code 2025-03-10 08:15:00.123456+00}), cut to microseconds as
 * PostgreSQL keeps them: formatting them through {@code Instant.toString} was the largest cost of building the text.
 */
public final class CopyFields {

    public static final String NULL = "\\N";
    private static final HexFormat HEX = HexFormat.of();
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000};

    private CopyFields() {
    }

    public static StringBuilder text(StringBuilder line, String value) {
        if (value == null) {
            return line.append(NULL);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line;
    }

    public static StringBuilder bytes(StringBuilder line, byte[] value) {
        return HEX.formatHex(line.append("\\\\x"), value);
    }

    public static StringBuilder instant(StringBuilder line, Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 1000 || utc.getYear() > 9999) {
            return line.append(instant.truncatedTo(ChronoUnit.MICROS));
        }
        digits(line, utc.getYear(), 4).append('-');
        digits(line, utc.getMonthValue(), 2).append('-');
        digits(line, utc.getDayOfMonth(), 2).append(' ');
        digits(line, utc.getHour(), 2).append(':');
        digits(line, utc.getMinute(), 2).append(':');
        digits(line, utc.getSecond(), 2).append('.');
        return digits(line, instant.getNano() / 1_000, 6).append("+00");
    }

    /** A non-negative value in exactly {@code width} digits, zeros first. */
    private static StringBuilder digits(StringBuilder line, int value, int width) {
        for (int digit = width - 1; digit >= 0; digit--) {
            line.append((char) ('0' + value / POWERS_OF_TEN[digit] % 10));
        }
        return line;
    }
}
