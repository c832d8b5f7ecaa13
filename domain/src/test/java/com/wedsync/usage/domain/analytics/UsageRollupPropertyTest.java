package com.wedsync.usage.domain.analytics;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollup changes of a group of events equal the plain reference (each event counted into its six rollups one by
 * one, in a map ordered by the key's fields as comparators say it), and keys order exactly as that reference does.
 */
class UsageRollupPropertyTest {

    private static final Instant START = Instant.parse("2025-03-30T22:50:00Z");
    private static final List<Route> ROUTES = List.of(new Route(new Endpoint("/v1/clients"), HttpMethod.GET),
            new Route(new Endpoint("/v1/clients"), HttpMethod.POST), new Route(new Endpoint("/v1/clients/{id}"),
                    HttpMethod.GET), new Route(new Endpoint("/"), HttpMethod.DELETE));
    private static final Comparator<RollupKey> REFERENCE_ORDER = Comparator.comparing((RollupKey key) ->
                    key.scope().id()).thenComparing(RollupKey::kind).thenComparing(RollupKey::bucketStart)
            .thenComparing(key -> key.route().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

    @Property(tries = 200)
    void aGroupsChangesAreEachEventCountedIntoItsSixRollups(@ForAll("groups") List<UsageEvent> events,
                                                            @ForAll @IntRange(max = 7) int shard) {
        SortedMap<RollupKey, UsageMeasures> changes = UsageRollup.of(events, shard);

        SortedMap<RollupKey, UsageMeasures> reference = reference(events, shard);
        assertThat(changes).isEqualTo(reference);
        assertThat(List.copyOf(changes.keySet())).isEqualTo(List.copyOf(reference.keySet()));
    }

    @Property(tries = 200)
    void keysOrderByScopeKindBucketAndRouteWithNoRouteFirst(@ForAll("groups") List<UsageEvent> events) {
        List<RollupKey> keys = List.copyOf(reference(events, 0).keySet());

        for (RollupKey one : keys) {
            for (RollupKey other : keys) {
                assertThat(Integer.signum(one.compareTo(other))).as("%s against %s", one, other)
                        .isEqualTo(Integer.signum(REFERENCE_ORDER.compare(one, other)));
            }
        }
    }

    private static SortedMap<RollupKey, UsageMeasures> reference(List<UsageEvent> events, int shard) {
        SortedMap<RollupKey, UsageMeasures> changes = new TreeMap<>(REFERENCE_ORDER);
        for (UsageEvent event : events) {
            Route route = new Route(event.endpoint(), event.method());
            for (RollupScope scope : List.of(RollupScope.of(event.organizationId()), RollupScope.systemShard(shard))) {
                for (RollupKind kind : RollupKind.values()) {
                    Optional<Route> keyed = kind == RollupKind.TOTAL_QUARTER_HOUR ? Optional.empty()
                            : Optional.of(route);
                    changes.computeIfAbsent(new RollupKey(scope, kind, kind.bucketStart(event.occurredAt()), keyed),
                            ignored -> UsageMeasures.none()).add(event);
                }
            }
        }
        return changes;
    }

    @Provide
    Arbitrary<List<UsageEvent>> groups() {
        Arbitrary<UsageEvent> event = Combinators.combine(
                Arbitraries.of("acme", "globex", "initech-2"),
                Arbitraries.of(ROUTES),
                Arbitraries.longs().between(0, 2 * 86_400_000L),
                Arbitraries.of(200, 201, 304, 404, 429, 500, 503),
                Arbitraries.integers().between(-1, 5_000),
                Arbitraries.longs().between(0, 10_000)).as((organization, route, offset, status, latency, bytes) ->
                new UsageEvent(new EventId(UUID.randomUUID()), new OrganizationId(organization), Optional.empty(),
                        route.endpoint(), route.method(), status,
                        latency < 0 ? OptionalInt.empty() : OptionalInt.of(latency), bytes, bytes * 3,
                        START.plusMillis(offset)));
        return event.list().ofMaxSize(300);
    }
}
