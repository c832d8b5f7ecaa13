package com.wedsync.usage.domain.analytics;

import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which rollups an event counts in: its organization's quarter hour, its route's quarter hour and UTC day, and the
 * same three for the system (in the shard the caller picked for this batch). The caller passes only events that the
 * log stored just now, never a duplicate: that, and the log and the rollups changing in one transaction, is what
 * makes every rollup sum to exactly the raw events it covers.
 */
public final class UsageRollup {

    private UsageRollup() {
    }

    /** The rollup changes for newly stored events, in key order. */
    public static SortedMap<RollupKey, UsageMeasures> of(Collection<UsageEvent> storedEvents, int systemShard) {
        RollupScope system = RollupScope.systemShard(systemShard);
        SortedMap<RollupKey, UsageMeasures> changes = new TreeMap<>();
        for (UsageEvent event : storedEvents) {
            RollupScope organization = RollupScope.of(event.organizationId());
            Route route = new Route(event.endpoint(), event.method());
            for (RollupScope scope : new RollupScope[] {organization, system}) {
                count(changes, event, scope, RollupKind.TOTAL_QUARTER_HOUR, Optional.empty());
                count(changes, event, scope, RollupKind.ROUTE_QUARTER_HOUR, Optional.of(route));
                count(changes, event, scope, RollupKind.ROUTE_DAY, Optional.of(route));
            }
        }
        return changes;
    }

    private static void count(Map<RollupKey, UsageMeasures> changes, UsageEvent event, RollupScope scope,
                              RollupKind kind, Optional<Route> route) {
        RollupKey key = new RollupKey(scope, kind, kind.bucketStart(event.occurredAt()), route);
        changes.computeIfAbsent(key, ignored -> UsageMeasures.none()).add(event);
    }
}
