package com.wedsync.usage.application.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The metrics of one service instance, by name, collected in name order. Names follow the Prometheus rules
 * (letters, digits, underscores and colons, not starting with a digit), a counter's ends in {@code _total}; every
 * name is registered once.
 */
public final class MetricRegistry {

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private record Registered(String help, MetricType type, Supplier<List<Sample>> samples) {
    }

    private final Map<String, Registered> metrics = new ConcurrentSkipListMap<>();

    public CounterFamily counter(String name, String help, String... labelNames) {
        if (!name.endsWith("_total")) {
            throw new IllegalArgumentException("a counter's name must end in _total, was '" + name + "'");
        }
        List.of(labelNames).forEach(MetricRegistry::checkLabelName);
        CounterFamily family = new CounterFamily(name, List.of(labelNames));
        register(name, new Registered(help, MetricType.COUNTER, family::samples));
        return family;
    }

    /**
     * A counter kept elsewhere (an adapter's own tally), whose samples {@code read} supplies at each collection;
     * it must be cheap, must not block, and must never go down.
     */
    public void counterReading(String name, String help, Supplier<List<Sample>> read) {
        if (!name.endsWith("_total")) {
            throw new IllegalArgumentException("a counter's name must end in _total, was '" + name + "'");
        }
        register(name, new Registered(help, MetricType.COUNTER, read));
    }

    public Histogram histogram(String name, String help, double... upperBoundsInSeconds) {
        Histogram histogram = new Histogram(name, upperBoundsInSeconds);
        register(name, new Registered(help, MetricType.HISTOGRAM, histogram::samples));
        return histogram;
    }

    /** A gauge whose samples {@code read} supplies at each collection; it must be cheap and must not block. */
    public void gauge(String name, String help, Supplier<List<Sample>> read) {
        register(name, new Registered(help, MetricType.GAUGE, read));
    }

    /** Every metric's samples now, in name order. */
    public List<MetricFamily> collect() {
        return metrics.entrySet().stream()
                .map(entry -> new MetricFamily(entry.getKey(), entry.getValue().help(), entry.getValue().type(),
                        entry.getValue().samples().get()))
                .toList();
    }

    private void register(String name, Registered metric) {
        if (!METRIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid metric name");
        }
        if (metrics.putIfAbsent(name, metric) != null) {
            throw new IllegalArgumentException("a metric named '" + name + "' is already registered");
        }
    }

    private static void checkLabelName(String label) {
        if (!LABEL_NAME.matcher(label).matches() || label.startsWith("__") || label.equals("le")) {
            throw new IllegalArgumentException("'" + label + "' is not a valid label name");
        }
    }
}
