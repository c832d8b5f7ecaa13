package com.wedsync.usage.adapters.redis.shared;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.redisson.api.RedissonClient;

/** The counters contract on one Redis: the one the tests are given ({@code USAGE_REDIS_URL}, else localhost). */
class RedisQuotaCountersTest extends RedisCountersContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    @Override
    protected RedissonClient redisson() {
        return REDIS.client();
    }
}
