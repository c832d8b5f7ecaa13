package com.wedsync.usage.application.analytics;

import com.wedsync.usage.domain.analytics.LatencyHistogram;

import java.util.OptionalInt;

/**
 * Latency percentiles in milliseconds, by nearest rank from a merged histogram: never below the exact value and at
 * most 1% above it. Each is null when no event carried a latency ({@code count} 0).
 */
public record LatencySummary(long count, Integer p50Ms, Integer p95Ms, Integer p99Ms) {

    public static LatencySummary of(LatencyHistogram histogram) {
        return new LatencySummary(histogram.count(), orNull(histogram.percentile(50)),
                orNull(histogram.percentile(95)), orNull(histogram.percentile(99)));
    }

    private static Integer orNull(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
