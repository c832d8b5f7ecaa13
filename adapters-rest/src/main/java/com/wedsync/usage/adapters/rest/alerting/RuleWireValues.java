package com.wedsync.usage.adapters.rest.alerting;

import com.wedsync.usage.domain.Require;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The wire forms of a rule's values: durations as ISO-8601 ({@code PT5M}), names of metrics, comparators and
 * severities, and numbers written as a person writes them (800, not 800.0).
 */
final class RuleWireValues {

    private RuleWireValues() {
    }

    static Duration duration(String text, String name) {
        Require.present(text, name);
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException notDuration) {
            throw new IllegalArgumentException("'" + name + "' must be an ISO-8601 duration such as PT5M or PT1H30M,"
                    + " was " + Require.quoted(text));
        }
    }

    /** The constant of {@code values} whose wire name is {@code text}; a wrong one is refused listing them all. */
    static <E> E named(String text, String name, E[] values, Function<E, String> wireName,
                       Function<String, Optional<E>> lookup) {
        Require.present(text, name);
        return lookup.apply(text).orElseThrow(() -> new IllegalArgumentException("'" + name + "' must be one of "
                + Arrays.stream(values).map(wireName).collect(Collectors.joining(", ")) + ", was "
                + Require.quoted(text)));
    }

    /** A whole number as a long, so that JSON shows it without a fraction; any other as it is. */
    static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 0x1p53 ? (Number) (long) value : (Number) value;
    }
}
