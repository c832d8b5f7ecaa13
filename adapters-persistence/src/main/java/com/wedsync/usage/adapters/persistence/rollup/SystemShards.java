package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.domain.analytics.RollupScope;

import java.util.concurrent.ThreadLocalRandom;

/** Which system shard an append counts in: a random one, so that concurrent appends seldom share a system row. */
public final class SystemShards {

    private SystemShards() {
    }

    public static int pick() {
        return ThreadLocalRandom.current().nextInt(RollupScope.SYSTEM_SHARDS);
    }
}
