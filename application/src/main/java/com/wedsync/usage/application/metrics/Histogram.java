package com.wedsync.usage.application.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Durations counted into buckets with fixed upper bounds in seconds, as Prometheus histograms are: each sample
 * {@code _bucket{le=b}} counts the observations of at most b seconds (cumulative), {@code le="+Inf"} all of them,
 * with their {@code _sum} in seconds and {@code _count}.
 */
public final class Histogram {

    private final String name;
    private final double[] bounds;
    private final LongAdder[] buckets;
    private final LongAdder sumNanos = new LongAdder();

    Histogram(String name, double[] boundsInSeconds) {
        if (boundsInSeconds.length == 0) {
            throw new IllegalArgumentException("'" + name + "' needs at least one bucket bound");
        }
        for (int i = 1; i < boundsInSeconds.length; i++) {
            if (boundsInSeconds[i] <= boundsInSeconds[i - 1]) {
                throw new IllegalArgumentException("'" + name + "' bucket bounds must increase, were "
                        + Arrays.toString(boundsInSeconds));
            }
        }
        this.name = name;
        this.bounds = boundsInSeconds.clone();
        this.buckets = new LongAdder[bounds.length + 1];
        Arrays.setAll(buckets, i -> new LongAdder());
    }

    /** Counts one duration of {@code nanos} nanoseconds (a negative one, from a clock step, as zero). */
    public void observeNanos(long nanos) {
        long observed = Math.max(0, nanos);
        double seconds = observed / 1e9;
        int bucket = 0;
        while (bucket < bounds.length && seconds > bounds[bucket]) {
            bucket++;
        }
        buckets[bucket].increment();
        sumNanos.add(observed);
    }

    List<Sample> samples() {
        List<Sample> samples = new ArrayList<>(bounds.length + 3);
        long cumulative = 0;
        for (int i = 0; i < bounds.length; i++) {
            cumulative += buckets[i].sum();
            samples.add(Sample.of(name + "_bucket", cumulative, "le", plain(bounds[i])));
        }
        cumulative += buckets[bounds.length].sum();
        samples.add(Sample.of(name + "_bucket", cumulative, "le", "+Inf"));
        samples.add(Sample.of(name + "_sum", sumNanos.sum() / 1e9));
        samples.add(Sample.of(name + "_count", cumulative));
        return samples;
    }

    /** 0.0005, not 5.0E-4: the {@code le} values that dashboards and recording rules match on. */
    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
