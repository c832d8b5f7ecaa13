package com.wedsync.usage.domain.analytics;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/**
 * Whose usage a rollup counts: one organization (its id), or one shard of the whole system. The system's counts
 * are split over {@link #SYSTEM_SHARDS} shards so that concurrent appends seldom wait on each other's rows; its
 * totals are the sum of its shards. A system scope starts with '~', which no organization id may; so does
 * {@link #ERASED}.
 */
public record RollupScope(String id) {

    public static final int SYSTEM_SHARDS = 8;
    /** Where the rollups of erased organizations go: counted by the system, owned by nobody. */
    public static final RollupScope ERASED = new RollupScope("~erased");
    private static final String SYSTEM_PREFIX = "~system-";

    public RollupScope {
        Require.present(id, "id");
    }

    public static RollupScope of(OrganizationId organization) {
        return new RollupScope(organization.value());
    }

    public static RollupScope systemShard(int shard) {
        if (shard < 0 || shard >= SYSTEM_SHARDS) {
            throw new IllegalArgumentException("'shard' must be from 0 to " + (SYSTEM_SHARDS - 1) + ", was " + shard);
        }
        return new RollupScope(SYSTEM_PREFIX + shard);
    }

    public boolean isSystem() {
        return id.startsWith(SYSTEM_PREFIX);
    }
}
