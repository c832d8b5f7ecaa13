package com.wedsync.usage.adapters.rest.billing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of RFC 4180 CSV: fields separated by commas, each row ended by CRLF, and a field that holds a comma, a
 * double quote, CR or LF enclosed in double quotes with its own double quotes doubled.
 */
final class CsvRows {

    private final StringBuilder text = new StringBuilder();

    CsvRows row(List<String> fields) {
        text.append(fields.stream().map(CsvRows::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    static String field(String value) {
        if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
