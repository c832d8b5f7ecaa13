package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;

import java.util.EnumMap;

/**
 * One node's share of an organization's limits while it decides without Redis (DESIGN §2.4): every finite limit
 * divided by the number of nodes, at least 1, so that all nodes together stay within the limit however the load
 * balancer spreads the calls; an unlimited limit stays unlimited.
 */
final class LocalShare {

    private LocalShare() {
    }

    static LimitSet of(LimitSet limits, int nodeCount) {
        if (nodeCount == 1) {
            return limits;
        }
        EnumMap<LimitName, Long> share = new EnumMap<>(LimitName.class);
        limits.finite().forEach((name, limit) -> share.put(name, Math.max(1, limit / nodeCount)));
        return new LimitSet(share);
    }
}
