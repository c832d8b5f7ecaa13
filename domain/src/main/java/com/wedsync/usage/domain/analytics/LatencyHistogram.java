package com.wedsync.usage.domain.analytics;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The latencies of a set of calls, kept as counts per bucket ({@link LatencyBuckets}: exact below 256 ms, at most
 * 0.78% wide above), so that histograms merge exactly by adding counts, in any order and to any depth: the p95 of
 * a day is the p95 of its merged hours, never an average of theirs. Percentiles are by nearest rank and report the
 * highest latency of the bucket the rank falls in, so they are never below the exact value and at most 0.78% above.
 * <p>
 * Sparse (only buckets with calls are held, in bucket order), because a rollup holds a few dozen buckets of 2,048.
 * An accumulator that grows past {@value #DENSE_FROM} buckets turns dense (one count per bucket), so that merging
 * the thousands of cells of a month adds counts in place instead of rebuilding a sorted array for every cell; what
 * it reports, writes and equals does not depend on the form.
 * Mutable: an accumulator that {@link #record}s and {@link #add}s; not safe for concurrent use.
 */
public final class LatencyHistogram {

    /** Sparse buckets above which an accumulator turns dense: 16 KiB of counts then beats re-merging. */
    static final int DENSE_FROM = 128;

    private int[] buckets;
    private long[] counts;
    private int size;
    private long total;
    /** One count per bucket once dense; null while sparse (then {@code buckets}, {@code counts}, {@code size}). */
    private long[] dense;

    private LatencyHistogram(int[] buckets, long[] counts, int size, long total) {
        this.buckets = buckets;
        this.counts = counts;
        this.size = size;
        this.total = total;
    }

    public static LatencyHistogram empty() {
        return new LatencyHistogram(new int[4], new long[4], 0, 0);
    }

    public static LatencyHistogram of(int... latenciesMs) {
        LatencyHistogram histogram = empty();
        for (int latency : latenciesMs) {
            histogram.record(latency);
        }
        return histogram;
    }

    public void record(int latencyMs) {
        if (dense != null) {
            dense[LatencyBuckets.indexOf(latencyMs)]++;
            total++;
            return;
        }
        addToBucket(LatencyBuckets.indexOf(latencyMs), 1);
    }

    /** Adds every call of {@code other} to this one; {@code other} is unchanged. */
    public void add(LatencyHistogram other) {
        if (other.total == 0) {
            return;
        }
        if (dense == null && (other.dense != null || size + other.size > DENSE_FROM)) {
            densify();
        }
        if (dense != null) {
            addInPlace(other);
            return;
        }
        int[] mergedBuckets = new int[size + other.size];
        long[] mergedCounts = new long[size + other.size];
        int mine = 0;
        int theirs = 0;
        int merged = 0;
        while (mine < size || theirs < other.size) {
            int next = nextBucket(mine, other, theirs);
            long count = 0;
            if (mine < size && buckets[mine] == next) {
                count += counts[mine++];
            }
            if (theirs < other.size && other.buckets[theirs] == next) {
                count += other.counts[theirs++];
            }
            mergedBuckets[merged] = next;
            mergedCounts[merged++] = count;
        }
        buckets = mergedBuckets;
        counts = mergedCounts;
        size = merged;
        total = Math.addExact(total, other.total);
    }

    public long count() {
        return total;
    }

    /**
     * The latency at {@code percentile} (above 0, at most 100) by nearest rank: the smallest latency that at least
     * that share of the calls did not exceed. Empty when there are no calls.
     */
    public OptionalInt percentile(double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("'percentile' must be above 0 and at most 100, was " + percentile);
        }
        if (total == 0) {
            return OptionalInt.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(percentile * total / 100.0));
        long seen = 0;
        if (dense != null) {
            int highest = 0;
            for (int bucket = 0; bucket < dense.length; bucket++) {
                seen += dense[bucket];
                highest = dense[bucket] > 0 ? bucket : highest;
                if (seen >= rank) {
                    return OptionalInt.of(LatencyBuckets.highestIn(bucket));
                }
            }
            return OptionalInt.of(LatencyBuckets.highestIn(highest));
        }
        for (int i = 0; i < size; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return OptionalInt.of(LatencyBuckets.highestIn(buckets[i]));
            }
        }
        return OptionalInt.of(LatencyBuckets.highestIn(buckets[size - 1]));
    }

    public byte[] toBytes() {
        sparsify();
        return HistogramCodec.encode(Arrays.copyOf(buckets, size), Arrays.copyOf(counts, size));
    }

    /** The histogram {@link #toBytes} wrote. */
    public static LatencyHistogram fromBytes(byte[] encoded) {
        return HistogramCodec.decode(encoded);
    }

    static LatencyHistogram ofBuckets(int[] buckets, long[] counts) {
        long total = 0;
        for (int i = 0; i < buckets.length; i++) {
            if (counts[i] <= 0 || buckets[i] < 0 || buckets[i] >= LatencyBuckets.COUNT
                    || (i > 0 && buckets[i] <= buckets[i - 1])) {
                throw new IllegalArgumentException("a histogram's buckets must ascend and hold positive counts");
            }
            total = Math.addExact(total, counts[i]);
        }
        return new LatencyHistogram(buckets, counts, buckets.length, total);
    }

    private int nextBucket(int mine, LatencyHistogram other, int theirs) {
        if (mine >= size) {
            return other.buckets[theirs];
        }
        if (theirs >= other.size) {
            return buckets[mine];
        }
        return Math.min(buckets[mine], other.buckets[theirs]);
    }

    private void densify() {
        dense = new long[LatencyBuckets.COUNT];
        for (int i = 0; i < size; i++) {
            dense[buckets[i]] = counts[i];
        }
    }

    /** Back to the sparse form, the one written, compared and hashed. */
    private void sparsify() {
        if (dense == null) {
            return;
        }
        int used = 0;
        for (long count : dense) {
            used += count > 0 ? 1 : 0;
        }
        buckets = new int[Math.max(4, used)];
        counts = new long[Math.max(4, used)];
        size = 0;
        for (int bucket = 0; bucket < dense.length; bucket++) {
            if (dense[bucket] > 0) {
                buckets[size] = bucket;
                counts[size++] = dense[bucket];
            }
        }
        dense = null;
    }

    private void addInPlace(LatencyHistogram other) {
        if (other.dense != null) {
            for (int bucket = 0; bucket < dense.length; bucket++) {
                dense[bucket] += other.dense[bucket];
            }
        } else {
            for (int i = 0; i < other.size; i++) {
                dense[other.buckets[i]] += other.counts[i];
            }
        }
        total = Math.addExact(total, other.total);
    }

    private void addToBucket(int bucket, long count) {
        int at = Arrays.binarySearch(buckets, 0, size, bucket);
        if (at >= 0) {
            counts[at] += count;
        } else {
            int insertAt = -at - 1;
            if (size == buckets.length) {
                buckets = Arrays.copyOf(buckets, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            System.arraycopy(buckets, insertAt, buckets, insertAt + 1, size - insertAt);
            System.arraycopy(counts, insertAt, counts, insertAt + 1, size - insertAt);
            buckets[insertAt] = bucket;
            counts[insertAt] = count;
            size++;
        }
        total += count;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LatencyHistogram that)) {
            return false;
        }
        sparsify();
        that.sparsify();
        return total == that.total
                && Arrays.equals(buckets, 0, size, that.buckets, 0, that.size)
                && Arrays.equals(counts, 0, size, that.counts, 0, that.size);
    }

    @Override
    public int hashCode() {
        sparsify();
        return Arrays.hashCode(Arrays.copyOf(buckets, size)) * 31 + Long.hashCode(total);
    }

    @Override
    public String toString() {
        return "LatencyHistogram[count=" + total + ", p50=" + (total == 0 ? "-" : percentile(50).getAsInt())
                + ", p95=" + (total == 0 ? "-" : percentile(95).getAsInt()) + "]";
    }
}
