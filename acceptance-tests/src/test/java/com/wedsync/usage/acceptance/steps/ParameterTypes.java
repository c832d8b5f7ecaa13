package com.wedsync.usage.acceptance.steps;

import io.cucumber.java.ParameterType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The words of the features that stand for values: tiers, time zones, instants, local times, durations. */
public final class ParameterTypes {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss[.SSS]]");

    @ParameterType("FREE|STARTER|PROFESSIONAL|SCALE|ENTERPRISE")
    public String tier(String name) {
        return name;
    }

    @ParameterType("UTC|[A-Z][A-Za-z_]+/[A-Za-z_]+")
    public ZoneId zone(String name) {
        return ZoneId.of(name);
    }

    @ParameterType("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z")
    public Instant instant(String text) {
        return Instant.parse(text);
    }

    @ParameterType("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{3})?)?")
    public LocalDateTime localTime(String text) {
        return LocalDateTime.parse(text, LOCAL);
    }

    @ParameterType("(\\d+) (ms|seconds?|minutes?|hours?|days?)")
    public Duration duration(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(value);
            case "second", "seconds" -> Duration.ofSeconds(value);
            case "minute", "minutes" -> Duration.ofMinutes(value);
            case "hour", "hours" -> Duration.ofHours(value);
            case "day", "days" -> Duration.ofDays(value);
            default -> throw new IllegalArgumentException("no unit " + unit);
        };
    }
}
