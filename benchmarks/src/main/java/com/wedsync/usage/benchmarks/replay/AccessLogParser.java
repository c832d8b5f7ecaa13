package com.wedsync.usage.benchmarks.replay;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of the Apache combined log format:
 * {@code host ident user [dd/MMM/yyyy:HH:mm:ss Z] "METHOD target PROTOCOL" status bytes "referrer" "user agent"}.
 * The whole line must match, so a line cut short (a user agent without its closing quote) is unreadable, not a
 * request with a guessed tail. Methods outside the metered set (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS) are
 * unreadable too: the product cannot meter them.
 */
public final class AccessLogParser {

    private static final Pattern COMBINED = Pattern.compile(
            "^(\\S+) \\S+ \\S+ \\[([^\\]]+)] \"([^\"]*)\" (\\d{3}) (\\d{1,18}|-) \"[^\"]*\" \"[^\"]*\"$");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    public ParsedLine parse(int lineNumber, String line) {
        Matcher match = COMBINED.matcher(line);
        if (!match.matches()) {
            return new ParsedLine.Unreadable(lineNumber, shapeProblem(line));
        }
        String[] request = match.group(3).split(" ");
        if (request.length != 3 || (!request[1].startsWith("/") && !request[1].contains("://"))) {
            return new ParsedLine.Unreadable(lineNumber, "request line is not 'METHOD target PROTOCOL'");
        }
        if (!METHODS.contains(request[0])) {
            return new ParsedLine.Unreadable(lineNumber, "method '" + request[0] + "' is not metered");
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(match.group(2), TIME).toInstant();
        } catch (DateTimeParseException badTime) {
            return new ParsedLine.Unreadable(lineNumber, "time '" + match.group(2) + "' is not dd/MMM/yyyy:HH:mm:ss Z");
        }
        String bytes = match.group(5);
        return new LogRequest(lineNumber, match.group(1), time, request[0], request[1],
                Integer.parseInt(match.group(4)), bytes.equals("-") ? 0 : Long.parseLong(bytes));
    }

    private static String shapeProblem(String line) {
        if (line.isBlank()) {
            return "empty line";
        }
        long quotes = line.chars().filter(c -> c == '"').count();
        if (quotes % 2 != 0) {
            return "truncated: a quoted field is not closed";
        }
        return "not in Apache combined log format";
    }
}
