package com.wedsync.usage.benchmarks.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.redisson.Bucket4jRedisson;
import io.github.bucket4j.redis.redisson.cas.RedissonBasedProxyManager;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;

import java.time.Duration;
import java.util.Set;

/**
 * Bucket4j's distributed bucket over Redisson (compare-and-swap on one key per bucket) with the three limits as
 * bandwidths: the day refilled every 24 h, the minute and the second refilled greedily. Keys expire once the bucket
 * would be full again.
 */
final class Bucket4jContender implements Contender {

    private final BucketProxy[] buckets;

    Bucket4jContender(RedissonClient redis, int organizations, long daily, long perMinute, long perSecond) {
        RedissonBasedProxyManager<String> proxies = Bucket4jRedisson
                .casBasedBuilder(((Redisson) redis).getCommandExecutor())
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(daily).refillIntervally(daily, Duration.ofDays(1)))
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
        buckets = new BucketProxy[organizations];
        for (int i = 0; i < organizations; i++) {
            buckets[i] = proxies.builder().build("bench-b4j:" + i, () -> configuration);
        }
    }

    @Override
    public String name() {
        return "Bucket4j+Redisson (3 limits)";
    }

    @Override
    public boolean decide(int organization) {
        return buckets[organization].tryConsume(1);
    }

    /**
     * A CAS reads the state with {@code GET}, then writes it with {@code SET NX} (new bucket) or a compare-and-swap
     * script (whose own {@code get} Redis also counts under {@code get}: at most one per script call, about a
     * microsecond, so this errs against Bucket4j by that much).
     */
    @Override
    public Set<String> topLevelCommands() {
        return Set.of("get", "set", "eval", "evalsha");
    }

    @Override
    public String keyPattern() {
        return "bench-b4j:*";
    }

    @Override
    public void close() {
        // The Redisson client belongs to the benchmark.
    }
}
