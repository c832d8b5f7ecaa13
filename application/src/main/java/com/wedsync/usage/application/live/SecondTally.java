package com.wedsync.usage.application.live;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The counts of one open second for one scope. Latencies are kept as a uniform sample of at most
 * {@link #MAX_LATENCIES} (reservoir sampling), so a second of heavy traffic holds a bounded amount of memory; below
 * that the percentile is exact.
 */
final class SecondTally {

    static final int MAX_LATENCIES = 4_096;

    private long calls;
    private long admitted;
    private long denied;
    private long errors;
    private long latenciesSeen;
    private int[] latencies = new int[16];

    void decided(boolean wasAdmitted) {
        if (wasAdmitted) {
            admitted++;
        } else {
            denied++;
        }
    }

    void stored(boolean isError, Integer latencyMs) {
        calls++;
        if (isError) {
            errors++;
        }
        if (latencyMs != null) {
            sample(latencyMs);
        }
    }

    private void sample(int latencyMs) {
        latenciesSeen++;
        if (latenciesSeen <= MAX_LATENCIES) {
            if (latenciesSeen > latencies.length) {
                latencies = Arrays.copyOf(latencies, Math.min(MAX_LATENCIES, latencies.length * 2));
            }
            latencies[(int) latenciesSeen - 1] = latencyMs;
            return;
        }
        long slot = ThreadLocalRandom.current().nextLong(latenciesSeen);
        if (slot < MAX_LATENCIES) {
            latencies[(int) slot] = latencyMs;
        }
    }

    LiveSecond seal(long epochSecond) {
        int kept = (int) Math.min(latenciesSeen, MAX_LATENCIES);
        Integer p95 = null;
        if (kept > 0) {
            int[] sorted = Arrays.copyOf(latencies, kept);
            Arrays.sort(sorted);
            p95 = sorted[(int) Math.ceil(0.95 * kept) - 1];
        }
        return new LiveSecond(epochSecond, calls, admitted, denied, errors, p95);
    }
}
