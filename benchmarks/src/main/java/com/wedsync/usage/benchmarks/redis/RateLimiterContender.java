package com.wedsync.usage.benchmarks.redis;

import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Redisson's {@code RRateLimiter}, one limit per organization (the minute limit), with a keep-alive so that its keys
 * expire like ours. It can hold one limit only, which is why the issue compares it on one.
 */
final class RateLimiterContender implements Contender {

    private static final Duration KEEP_ALIVE = Duration.ofMinutes(2);
    private static final int IN_FLIGHT = 32;

    private final RRateLimiter[] limiters;
    private final long perMinute;

    RateLimiterContender(RedissonClient redis, int organizations, long perMinute) {
        limiters = new RRateLimiter[organizations];
        for (int i = 0; i < organizations; i++) {
            limiters[i] = redis.getRateLimiter("bench-rrl:" + i);
        }
        this.perMinute = perMinute;
    }

    /** The rate lives in Redis (a hash per limiter), so it is set again after every clean-up of the keys. */
    @Override
    public void prepare() {
        for (int from = 0; from < limiters.length; from += IN_FLIGHT) {
            List<CompletableFuture<Boolean>> set = new ArrayList<>(IN_FLIGHT);
            for (int i = from; i < Math.min(limiters.length, from + IN_FLIGHT); i++) {
                set.add(limiters[i].trySetRateAsync(RateType.OVERALL, perMinute, Duration.ofMinutes(1), KEEP_ALIVE)
                        .toCompletableFuture());
            }
            set.forEach(CompletableFuture::join);
        }
    }

    @Override
    public String name() {
        return "RRateLimiter (1 limit)";
    }

    @Override
    public boolean decide(int organization) {
        return limiters[organization].tryAcquire(1);
    }

    @Override
    public String keyPattern() {
        return "*bench-rrl:*";
    }

    @Override
    public void close() {
        // The Redisson client belongs to the benchmark.
    }
}
