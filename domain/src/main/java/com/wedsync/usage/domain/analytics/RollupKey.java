package com.wedsync.usage.domain.analytics;

import com.wedsync.usage.domain.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * One rollup row: a scope, a kind, the start of its bucket and, for the route kinds, the route. Keys order by all
 * four, the order in which appends lock rollup rows so that two of them never wait on each other in a cycle.
 */
public record RollupKey(RollupScope scope, RollupKind kind, Instant bucketStart, Optional<Route> route)
        implements Comparable<RollupKey> {

    public RollupKey {
        Require.present(scope, "scope");
        Require.present(kind, "kind");
        Require.present(bucketStart, "bucketStart");
        Require.present(route, "route");
        if (!kind.bucketStart(bucketStart).equals(bucketStart)) {
            throw new IllegalArgumentException("'bucketStart' must start a bucket of " + kind + ", was " + bucketStart);
        }
        if (route.isPresent() == (kind == RollupKind.TOTAL_QUARTER_HOUR)) {
            throw new IllegalArgumentException("a route rollup has a route and a total rollup has none");
        }
    }

    /** By scope id, kind, bucket start, then route (none first); written out, as appends sort many keys. */
    @Override
    public int compareTo(RollupKey other) {
        int order = scope.id().compareTo(other.scope.id());
        if (order == 0) {
            order = kind.compareTo(other.kind);
        }
        if (order == 0) {
            order = bucketStart.compareTo(other.bucketStart);
        }
        if (order != 0 || route.isEmpty() && other.route.isEmpty()) {
            return order;
        }
        if (route.isEmpty() || other.route.isEmpty()) {
            return route.isEmpty() ? -1 : 1;
        }
        return route.get().compareTo(other.route.get());
    }
}
