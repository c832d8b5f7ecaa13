package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.AnsweredCall;
import com.wedsync.usage.acceptance.world.CallAnswer;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row of an "answers are" table held against the answer it names. Columns: {@code outcome},
 * {@code <limit> limit|remaining|reset} (a number, or {@code unlimited} for a limit the answer must leave out),
 * {@code denied by} (limit names, empty for none) and {@code retry after} (seconds, empty for none).
 * An unknown column fails the scenario rather than being ignored.
 */
final class AnswerExpectations {

    private static final Pattern LIMIT_COLUMN = Pattern.compile("(daily|minute|burst) (limit|remaining|reset)");

    private AnswerExpectations() {
    }

    static void check(AnsweredCall call, int number, Map<String, String> row) {
        String where = "call " + number + " at " + call.at() + " answered " + call.answer();
        row.forEach((column, expected) -> {
            String value = expected == null ? "" : expected.trim();
            if (!column.equals("call")) {
                checkColumn(call.answer(), column, value, where);
            }
        });
    }

    private static void checkColumn(CallAnswer answer, String column, String expected, String where) {
        Matcher limitColumn = LIMIT_COLUMN.matcher(column);
        if (column.equals("outcome")) {
            assertThat(answer.admitted() ? "admitted" : "denied").as(where).isEqualTo(expected);
        } else if (column.equals("denied by")) {
            assertThat(answer.deniedBy()).as(where).isEqualTo(names(expected));
        } else if (column.equals("retry after")) {
            assertThat(answer.retryAfterSeconds()).as(where).isEqualTo(optionalNumber(expected));
        } else if (limitColumn.matches()) {
            checkLimit(answer, limitColumn.group(1), limitColumn.group(2), expected, where);
        } else {
            throw new IllegalArgumentException("the answers table has no column '" + column + "'");
        }
    }

    private static void checkLimit(CallAnswer answer, String limit, String field, String expected, String where) {
        if (expected.equals("unlimited")) {
            assertThat(answer.limit(limit)).as(where + ": " + limit + " is unlimited, so it is left out").isEmpty();
            return;
        }
        CallAnswer.LimitReading reading = answer.limit(limit)
                .orElseThrow(() -> new AssertionError(where + ": it does not report the " + limit + " limit"));
        long actual = switch (field) {
            case "limit" -> reading.limit();
            case "remaining" -> reading.remaining();
            default -> reading.resetSeconds();
        };
        assertThat(actual).as(where + ": " + limit + " " + field).isEqualTo(Long.parseLong(expected));
    }

    private static Set<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
    }

    private static OptionalLong optionalNumber(String text) {
        return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    }
}
