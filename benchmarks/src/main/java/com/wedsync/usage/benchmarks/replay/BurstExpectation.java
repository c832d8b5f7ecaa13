package com.wedsync.usage.benchmarks.replay;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;

import java.util.EnumMap;
import java.util.Map;

/**
 * What an organization's burst must give when all its calls (cost 1) are decided within one second of one local
 * day, on fresh counters: every finite limit holds every admitted call, so exactly the lowest finite limit is
 * admitted (or every call, when there are fewer), and each later call is denied naming every limit that is then full.
 * The tiers are the default ones (DESIGN §2.1), which the replay's organizations use without overrides.
 */
record BurstExpectation(long admitted, long denied, Map<LimitName, Long> deniedBy) {

    static BurstExpectation of(OrganizationPlan plan, long requests) {
        LimitSet limits = DefaultTiers.named(plan.tier()).limits();
        long admitted = requests;
        for (LimitName limit : LimitName.values()) {
            if (!limits.isUnlimited(limit)) {
                admitted = Math.min(admitted, limits.bound(limit));
            }
        }
        long denied = requests - admitted;
        Map<LimitName, Long> deniedBy = new EnumMap<>(LimitName.class);
        for (LimitName limit : LimitName.values()) {
            boolean full = !limits.isUnlimited(limit) && limits.bound(limit) == admitted;
            deniedBy.put(limit, full ? denied : 0);
        }
        return new BurstExpectation(admitted, denied, Map.copyOf(deniedBy));
    }

    long deniedBy(LimitName limit) {
        return deniedBy.get(limit);
    }
}
