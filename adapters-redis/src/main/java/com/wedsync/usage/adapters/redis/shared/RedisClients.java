package com.wedsync.usage.adapters.redis.shared;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

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

    private RedisClients() {
    }

    static RedissonClient standalone(String redisUrl) {
        Config config = new Config().setLazyInitialization(true);
        config.useSingleServer()
                .setAddress(redisUrl)
                .setRetryAttempts(0)
                .setTimeout(RESPONSE_TIMEOUT_MILLIS)
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        return Redisson.create(config);
    }

    static RedissonClient cluster(List<String> seedNodes) {
        if (seedNodes.isEmpty()) {
            throw new IllegalArgumentException("'seedNodes' must name at least one Redis Cluster node");
        }
        Config config = new Config().setLazyInitialization(true);
        config.useClusterServers()
                .addNodeAddress(seedNodes.toArray(String[]::new))
                .setRetryAttempts(0)
                .setTimeout(RESPONSE_TIMEOUT_MILLIS)
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        return Redisson.create(config);
    }
}
