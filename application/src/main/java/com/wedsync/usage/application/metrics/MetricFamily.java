package com.wedsync.usage.application.metrics;

import java.util.List;

/** A metric as collected at one moment: its name, help text, type and samples. */
public record MetricFamily(String name, String help, MetricType type, List<Sample> samples) {

    public MetricFamily {
        samples = List.copyOf(samples);
    }
}
