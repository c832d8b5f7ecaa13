package com.wedsync.usage.benchmarks.jmh;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;

/**
 * The SCALE tier's limits (50,000 a day, 100 a minute, 50 a second) for both limiters. Bucket4j gets three
 * bandwidths: the day refilled all at once every 24 hours (its nearest to a calendar day), the minute and the
 * second refilled greedily (token buckets: an approximation of the exact rolling windows the product keeps).
 */
final class ScaleLimits {

    static final LimitSet LIMITS = DefaultTiers.named(DefaultTiers.SCALE).limits();

    private ScaleLimits() {
    }

    static Bucket newBucket() {
        long daily = limit(LimitName.DAILY);
        long minute = limit(LimitName.MINUTE);
        long burst = limit(LimitName.BURST);
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(daily).refillIntervally(daily, Duration.ofDays(1)).build())
                .addLimit(Bandwidth.builder().capacity(minute).refillGreedy(minute, Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(burst, Duration.ofSeconds(1)).build())
                .build();
    }

    private static long limit(LimitName name) {
        return LIMITS.limit(name).orElseThrow();
    }
}
