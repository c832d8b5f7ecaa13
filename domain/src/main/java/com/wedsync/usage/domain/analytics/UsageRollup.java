package com.wedsync.usage.domain.analytics;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which rollups an event counts in: its organization's quarter hour, its route's quarter hour and UTC day, and the
 * same three for the system (in the shard the caller picked for this batch). The caller passes only events that the
 * log stored just now, never a duplicate: that, and the log and the rollups changing in one transaction, is what
 * makes every rollup sum to exactly the raw events it covers.
 * <p>
 * A group of events touches few cells (an organization's routes in a quarter hour or two), so the events are first
 * counted once each into their finest cell (organization, route, quarter hour) by hash, and only those cells are
 * then added into the six rollups each one feeds: per event one hash look-up instead of six ordered ones.
 */
public final class UsageRollup {

    private UsageRollup() {
    }

    /** The rollup changes for newly stored events, in key order. */
    public static SortedMap<RollupKey, UsageMeasures> of(Collection<UsageEvent> storedEvents, int systemShard) {
        Map<Cell, UsageMeasures> cells = new HashMap<>();
        for (UsageEvent event : storedEvents) {
            Cell cell = new Cell(event.organizationId(), new Route(event.endpoint(), event.method()),
                    Math.floorDiv(event.occurredAt().getEpochSecond(), RollupKind.QUARTER_HOUR_SECONDS));
            cells.computeIfAbsent(cell, ignored -> UsageMeasures.none()).add(event);
        }
        RollupScope system = RollupScope.systemShard(systemShard);
        SortedMap<RollupKey, UsageMeasures> changes = new TreeMap<>();
        cells.forEach((cell, measures) -> {
            Instant quarterHour = Instant.ofEpochSecond(cell.quarterHour() * RollupKind.QUARTER_HOUR_SECONDS);
            for (RollupScope scope : new RollupScope[] {RollupScope.of(cell.organization()), system}) {
                add(changes, scope, RollupKind.TOTAL_QUARTER_HOUR, quarterHour, Optional.empty(), measures);
                add(changes, scope, RollupKind.ROUTE_QUARTER_HOUR, quarterHour, Optional.of(cell.route()), measures);
                add(changes, scope, RollupKind.ROUTE_DAY, RollupKind.ROUTE_DAY.bucketStart(quarterHour),
                        Optional.of(cell.route()), measures);
            }
        });
        return changes;
    }

    private static void add(Map<RollupKey, UsageMeasures> changes, RollupScope scope, RollupKind kind,
                            Instant bucketStart, Optional<Route> route, UsageMeasures measures) {
        changes.computeIfAbsent(new RollupKey(scope, kind, bucketStart, route), ignored -> UsageMeasures.none())
                .add(measures);
    }

    /** The finest rollup cell: one organization's calls of one route in one quarter hour (its number since 1970). */
    private record Cell(OrganizationId organization, Route route, long quarterHour) {
    }
}
