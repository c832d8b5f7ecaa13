package com.wedsync.usage.domain.analytics;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsageRollupTest {

    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final Route CLIENTS = new Route(new Endpoint("/v1/clients"), HttpMethod.GET);

    @Test
    void anEventCountsInItsQuarterHourAndUtcDayForItsOrganizationAndTheSystem() {
        UsageEvent event = event(Instant.parse("2024-12-31T23:30:00Z"), 200, 12);

        SortedMap<RollupKey, UsageMeasures> changes = UsageRollup.of(List.of(event), 3);

        Instant quarter = Instant.parse("2024-12-31T23:30:00Z");
        Instant day = Instant.parse("2024-12-31T00:00:00Z");
        assertThat(changes.keySet()).containsExactlyInAnyOrder(
                new RollupKey(RollupScope.of(ACME), RollupKind.TOTAL_QUARTER_HOUR, quarter, Optional.empty()),
                new RollupKey(RollupScope.of(ACME), RollupKind.ROUTE_QUARTER_HOUR, quarter, Optional.of(CLIENTS)),
                new RollupKey(RollupScope.of(ACME), RollupKind.ROUTE_DAY, day, Optional.of(CLIENTS)),
                new RollupKey(RollupScope.systemShard(3), RollupKind.TOTAL_QUARTER_HOUR, quarter, Optional.empty()),
                new RollupKey(RollupScope.systemShard(3), RollupKind.ROUTE_QUARTER_HOUR, quarter,
                        Optional.of(CLIENTS)),
                new RollupKey(RollupScope.systemShard(3), RollupKind.ROUTE_DAY, day, Optional.of(CLIENTS)));
        assertThat(changes.values()).allSatisfy(measures -> assertThat(measures.calls()).isEqualTo(1));
    }

    @Test
    void eventsOfOneBucketAddUpTheirMeasures() {
        Instant at = Instant.parse("2025-01-01T10:01:00Z");
        SortedMap<RollupKey, UsageMeasures> changes = UsageRollup.of(List.of(event(at, 200, 10),
                event(at.plusSeconds(60), 404, 20), event(at.plusSeconds(120), 503, 30)), 0);

        UsageMeasures total = changes.get(new RollupKey(RollupScope.of(ACME), RollupKind.TOTAL_QUARTER_HOUR,
                Instant.parse("2025-01-01T10:00:00Z"), Optional.empty()));
        assertThat(total.calls()).isEqualTo(3);
        assertThat(total.clientErrors()).isEqualTo(1);
        assertThat(total.serverErrors()).isEqualTo(1);
        assertThat(total.requestBytes()).isEqualTo(300);
        assertThat(total.latency().percentile(50)).hasValue(20);
        assertThat(total.statuses()).containsEntry(200, 1L).containsEntry(404, 1L).containsEntry(503, 1L);
    }

    @Test
    void aTotalKeyHasNoRouteAndARouteKeyHasOneStartingItsBucket() {
        Instant quarter = Instant.parse("2025-01-01T10:15:00Z");
        assertThatThrownBy(() -> new RollupKey(RollupScope.of(ACME), RollupKind.TOTAL_QUARTER_HOUR, quarter,
                Optional.of(CLIENTS))).hasMessageContaining("route");
        assertThatThrownBy(() -> new RollupKey(RollupScope.of(ACME), RollupKind.ROUTE_DAY, quarter,
                Optional.of(CLIENTS))).hasMessageContaining("'bucketStart'");
        assertThat(RollupScope.systemShard(0).isSystem()).isTrue();
        assertThat(RollupScope.of(ACME).isSystem()).isFalse();
    }

    private static UsageEvent event(Instant at, int status, int latencyMs) {
        return new UsageEvent(new EventId(UUID.randomUUID()), ACME, Optional.empty(), CLIENTS.endpoint(),
                CLIENTS.method(), status, OptionalInt.of(latencyMs), 100, 1_000, at);
    }
}
