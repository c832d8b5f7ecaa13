package com.wedsync.usage.application.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;

/**
 * One value of a metric family: its sample name (the family's, or the family's with {@code _bucket}, {@code _sum},
 * {@code _count} for a histogram), its labels in the order they are written, and the value.
 */
public record Sample(String name, SequencedMap<String, String> labels, double value) {

    public Sample {
        Objects.requireNonNull(name, "'name' must not be null");
        labels = unmodifiableCopy(labels);
    }

    public static Sample of(String name, double value) {
        return new Sample(name, new LinkedHashMap<>(), value);
    }

    /** {@code labelsAndValues} alternates names and values: {@code "component", "database"}. */
    public static Sample of(String name, double value, String... labelsAndValues) {
        if (labelsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("'labelsAndValues' must come in pairs, had " + labelsAndValues.length);
        }
        SequencedMap<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            labels.put(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return new Sample(name, labels, value);
    }

    private static SequencedMap<String, String> unmodifiableCopy(Map<String, String> labels) {
        return Collections.unmodifiableSequencedMap(new LinkedHashMap<>(labels));
    }
}
