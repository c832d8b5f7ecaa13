package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.application.testsupport.ExternalServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.redisson.api.RedissonClient;

/** The counters contract on one Redis: the one the tests are given ({@code USAGE_REDIS_URL}, else localhost). */
class RedisQuotaCountersTest extends RedisCountersContract {

    private static RedissonClient redisson;

    @BeforeAll
    static void connect() {
        redisson = RedisClients.standalone(ExternalServers.requireRedis());
    }

    @AfterAll
    static void disconnect() {
        if (redisson != null) {
            redisson.shutdown();
        }
    }

    @Override
    protected RedissonClient redisson() {
        return redisson;
    }
}
