package com.wedsync.usage.application.metrics;

import java.util.Locale;

/** The kinds of metric there are, as exposition formats name them. */
public enum MetricType {
    COUNTER,
    GAUGE,
    HISTOGRAM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
