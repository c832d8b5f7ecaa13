package com.wedsync.usage.adapters.rest.boot;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the shared counters are: one Redis ({@code USAGE_REDIS_URL}, {@code redis://host:port}) or the seed nodes of
 * a Redis Cluster ({@code USAGE_REDIS_CLUSTER}, comma-separated); neither means in-process counters. A decision
 * waits for Redis at most {@code budget} ({@code USAGE_REDIS_BUDGET_MS}, default 50 ms) and then decides locally with
 * this node's share of each limit: the limit divided by {@code nodeCount} ({@code USAGE_NODE_COUNT}, default 1).
 */
public record RedisSettings(Optional<String> url, List<String> clusterSeeds, int nodeCount, Duration budget) {

    public static final Duration DEFAULT_BUDGET = Duration.ofMillis(50);
    public static final RedisSettings IN_PROCESS = new RedisSettings(Optional.empty(), List.of(), 1, DEFAULT_BUDGET);

    public RedisSettings {
        clusterSeeds = List.copyOf(clusterSeeds);
        if (url.isPresent() && !clusterSeeds.isEmpty()) {
            throw new IllegalArgumentException("set USAGE_REDIS_URL or USAGE_REDIS_CLUSTER, not both");
        }
        url.ifPresent(RedisSettings::requireRedisAddress);
        clusterSeeds.forEach(RedisSettings::requireRedisAddress);
        if (nodeCount < 1 || nodeCount > 10_000) {
            throw new IllegalArgumentException("USAGE_NODE_COUNT must be from 1 to 10000, was " + nodeCount);
        }
        if (budget.isNegative() || budget.isZero() || budget.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("USAGE_REDIS_BUDGET_MS must be from 1 to 10000, was "
                    + budget.toMillis());
        }
    }

    public boolean isShared() {
        return url.isPresent() || !clusterSeeds.isEmpty();
    }

    public boolean isCluster() {
        return !clusterSeeds.isEmpty();
    }

    private static void requireRedisAddress(String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme()))
                || uri.getHost() == null || uri.getPort() < 1) {
            throw new IllegalArgumentException("a Redis address must look like redis://host:port, was '"
                    + address + "'");
        }
    }
}
