package com.wedsync.usage.adapters.redis.shared;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.BaseConfig;
import org.redisson.config.Config;
import org.redisson.config.DelayStrategy;
import org.redisson.config.EqualJitterDelay;

import java.time.Duration;
import java.util.List;

/**
 * Redisson clients as the counters need them. Connections open on first use (lazy initialisation), so the service
 * starts while Redis is down and decides locally until it comes. A command that cannot be sent fails at once
 * instead of being retried by the client: a decision that the failover already answered locally must not reach
 * Redis seconds later and count a second time.
 */
final class RedisClients {

    private static final int RESPONSE_TIMEOUT_MILLIS = 1_000;
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    /**
     * How long a lost connection waits between attempts to come back: from 100 ms, doubling, at most a second (with
     * jitter). Redisson's default backs off to 10 s, so after an outage of ten seconds or more a node went on
     * deciding with its local share for up to 10 s after Redis was back (7-9 s seen in a trial), though the probe asks
     * every second.
     */
    private static final DelayStrategy RECONNECTION_DELAY =
            new EqualJitterDelay(Duration.ofMillis(100), Duration.ofSeconds(1));

    private RedisClients() {
    }

    static RedissonClient standalone(String redisUrl) {
        Config config = new Config().setLazyInitialization(true);
        withFailFastSettings(config.useSingleServer().setAddress(redisUrl));
        return Redisson.create(config);
    }

    static RedissonClient cluster(List<String> seedNodes) {
        if (seedNodes.isEmpty()) {
            throw new IllegalArgumentException("'seedNodes' must name at least one Redis Cluster node");
        }
        Config config = new Config().setLazyInitialization(true);
        withFailFastSettings(config.useClusterServers().addNodeAddress(seedNodes.toArray(String[]::new)));
        return Redisson.create(config);
    }

    /** The settings both topologies share: no retries, short time-outs, a reconnection back-off of at most 1 s. */
    private static void withFailFastSettings(BaseConfig<?> connections) {
        connections.setRetryAttempts(0)
                .setTimeout(RESPONSE_TIMEOUT_MILLIS)
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setReconnectionDelay(RECONNECTION_DELAY);
    }
}
