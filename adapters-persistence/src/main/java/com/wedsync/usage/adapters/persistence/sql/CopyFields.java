package com.wedsync.usage.adapters.persistence.sql;

import java.util.HexFormat;

/**
 * Fields of PostgreSQL's COPY text format: NULL written {@code \N}; backslash, tab, newline and carriage return
 * escaped; bytea as hex ({@code \\x…}: the bytea literal {@code \x…} with its backslash escaped for COPY). The
 * domain already keeps such characters out of ids and route templates; escaping anyway makes the format safe by
 * itself.
 */
public final class CopyFields {

    public static final String NULL = "\\N";
    private static final HexFormat HEX = HexFormat.of();

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
}
