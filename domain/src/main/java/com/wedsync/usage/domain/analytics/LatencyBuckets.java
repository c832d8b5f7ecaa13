package com.wedsync.usage.domain.analytics;

/**
 * The bucket layout of {@link LatencyHistogram}, the same as HdrHistogram's with two significant digits: every
 * latency below 256 ms has a bucket of its own, and above that each power of two is cut into 128 equal buckets,
 * so a bucket is never wider than 1/128 (0.78%) of the values it holds. 2,048 buckets cover 0 to
 * {@link #MAX_MS} (one hour), which is the longest latency an event may carry.
 */
final class LatencyBuckets {

    static final int MAX_MS = 3_600_000;
    static final int COUNT = 2_048;
    private static final int EXACT_BELOW = 256;
    private static final int SUB_BUCKETS = 128;
    private static final int SUB_BUCKET_BITS = 7;

    private LatencyBuckets() {
    }

    static int indexOf(int latencyMs) {
        if (latencyMs < 0 || latencyMs > MAX_MS) {
            throw new IllegalArgumentException("'latencyMs' must be from 0 to " + MAX_MS + ", was " + latencyMs);
        }
        if (latencyMs < EXACT_BELOW) {
            return latencyMs;
        }
        int shift = (31 - Integer.numberOfLeadingZeros(latencyMs)) - SUB_BUCKET_BITS;
        return shift * SUB_BUCKETS + (latencyMs >>> shift);
    }

    /** The largest latency the bucket holds: what a percentile falling in it reports, at most 0.78% too high. */
    static int highestIn(int index) {
        if (index < EXACT_BELOW) {
            return index;
        }
        int shift = index / SUB_BUCKETS - 1;
        int subBucket = index - shift * SUB_BUCKETS;
        return ((subBucket + 1) << shift) - 1;
    }
}
