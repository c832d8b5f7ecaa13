package com.wedsync.usage.application.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters of one name told apart by their label values, e.g. decisions by outcome. The label values a caller can
 * pass must be a small fixed set (never an organization id): every combination is a series kept forever.
 */
public final class CounterFamily {

    private final String name;
    private final List<String> labelNames;
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    CounterFamily(String name, List<String> labelNames) {
        this.name = name;
        this.labelNames = List.copyOf(labelNames);
    }

    /** The counter for these label values, in the order of the family's label names. */
    public Counter labels(String... values) {
        if (values.length != labelNames.size()) {
            throw new IllegalArgumentException("'" + name + "' takes " + labelNames.size() + " label values "
                    + labelNames + ", was given " + values.length);
        }
        return counters.computeIfAbsent(List.of(values), key -> new Counter());
    }

    List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        counters.entrySet().stream().sorted(Map.Entry.comparingByKey(CounterFamily::compare)).forEach(entry -> {
            String[] labels = new String[labelNames.size() * 2];
            for (int i = 0; i < labelNames.size(); i++) {
                labels[2 * i] = labelNames.get(i);
                labels[2 * i + 1] = entry.getKey().get(i);
            }
            samples.add(Sample.of(name, entry.getValue().value(), labels));
        });
        return samples;
    }

    private static int compare(List<String> left, List<String> right) {
        return String.join("\u0000", left).compareTo(String.join("\u0000", right));
    }
}
