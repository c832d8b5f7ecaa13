package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.adapters.redis.testsupport.LocalRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.redisson.api.RedissonClient;

/**
 * The counters contract on a Redis Cluster of three masters that the test starts on free local ports: the same
 * script, its keys in one slot per organization thanks to the hash tag.
 */
class RedisClusterQuotaCountersTest extends RedisCountersContract {

    private static LocalRedis cluster;
    private static RedissonClient redisson;

    @BeforeAll
    static void startCluster() {
        LocalRedis.requireInstalled();
        cluster = LocalRedis.cluster(3);
        redisson = RedisClients.cluster(cluster.urls());
    }

    @AfterAll
    static void stopCluster() {
        if (redisson != null) {
            redisson.shutdown();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    protected RedissonClient redisson() {
        return redisson;
    }
}
