package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.partition.MonthlyPartitions;
import com.wedsync.usage.adapters.persistence.retention.RetentionJob;
import com.wedsync.usage.adapters.persistence.retention.RetentionSweep;
import com.wedsync.usage.application.testsupport.ExternalServers;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention on PostgreSQL at a fixed "now" of 2024-12-15 12:00 UTC, with FREE keeping 7 days, STARTER 30 and
 * ENTERPRISE (the longest) 365: months older than 365 days go whole, younger expired events go one by one.
 */
class PostgresRetentionTest {

    private static final Instant NOW = Instant.parse("2024-12-15T12:00:00Z");
    private static final OrganizationId FREE = new OrganizationId("free-org");
    private static final OrganizationId STARTER = new OrganizationId("starter-org");
    private static final OrganizationId ENTERPRISE = new OrganizationId("enterprise-org");
    private static final OrganizationId UNKNOWN = new OrganizationId("no-such-org");

    private PostgresTestDatabase database;
    private final List<UUID> expired = new ArrayList<>();
    private final List<UUID> kept = new ArrayList<>();

    @BeforeEach
    void createDatabase() {
        database = PostgresTestDatabase.create();
        organization(FREE, DefaultTiers.FREE);
        organization(STARTER, DefaultTiers.STARTER);
        organization(ENTERPRISE, DefaultTiers.ENTERPRISE);
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }

    @Test
    void expiredEventsAreGoneWithTheirKeysAndUnexpiredOnesStay() {
        event(expired, ENTERPRISE, "2023-11-20T00:00:00Z");
        event(expired, FREE, "2023-11-25T00:00:00Z");
        event(expired, ENTERPRISE, "2023-12-10T00:00:00Z");
        event(kept, ENTERPRISE, "2023-12-20T00:00:00Z");
        event(kept, ENTERPRISE, "2024-01-10T00:00:00Z");
        event(kept, UNKNOWN, "2024-06-01T00:00:00Z");
        event(expired, STARTER, "2024-11-10T00:00:00Z");
        event(kept, STARTER, "2024-11-20T00:00:00Z");
        event(expired, FREE, "2024-12-01T00:00:00Z");
        event(kept, FREE, "2024-12-10T00:00:00Z");

        RetentionSweep sweep = database.store().removeExpiredEvents(NOW);

        assertThat(sweep.droppedMonths()).contains(YearMonth.of(2023, 11))
                .allSatisfy(month -> assertThat(month).isBefore(YearMonth.of(2023, 12)));
        assertThat(sweep.deletedEvents()).isEqualTo(3);
        assertThat(database.column("SELECT relname FROM pg_class WHERE relname = 'usage_event_p2023_11'")).isEmpty();
        assertThat(storedIds("usage_event")).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(storedIds("usage_event_key")).containsExactlyInAnyOrderElementsOf(kept);
    }

    @Test
    void aSecondRunFindsNothingMoreToRemove() {
        event(expired, FREE, "2024-12-01T00:00:00Z");
        event(kept, FREE, "2024-12-10T00:00:00Z");
        database.store().removeExpiredEvents(NOW);

        RetentionSweep again = database.store().removeExpiredEvents(NOW);

        assertThat(again).isEqualTo(new RetentionSweep(List.of(), 0));
        assertThat(storedIds("usage_event")).containsExactlyInAnyOrderElementsOf(kept);
    }

    @Test
    void expiredEventsAreDeletedInAsManyBoundedBatchesAsNeeded() {
        for (int day = 1; day <= 7; day++) {
            event(expired, FREE, "2024-12-0" + day + "T00:00:00Z");
        }
        event(kept, FREE, "2024-12-09T00:00:00Z");
        event(kept, STARTER, "2024-12-01T00:00:00Z");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.url());
        dataSource.setUser(ExternalServers.dbUser());
        dataSource.setPassword(ExternalServers.dbPassword());

        RetentionSweep sweep = new RetentionJob(dataSource, new MonthlyPartitions(dataSource), 2).run(NOW);

        assertThat(sweep.deletedEvents()).isEqualTo(7);
        assertThat(storedIds("usage_event")).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(storedIds("usage_event_key")).containsExactlyInAnyOrderElementsOf(kept);
    }

    private void organization(OrganizationId id, TierName tier) {
        database.store().organizations().add(new Organization(id, id.value(), tier, ZoneOffset.UTC,
                LimitOverrides.NONE, Instant.parse("2023-01-01T00:00:00Z")));
    }

    private void event(List<UUID> expectation, OrganizationId organization, String at) {
        UUID id = UUID.randomUUID();
        database.store().usageEventLog().append(List.of(new UsageEvent(new EventId(id), organization,
                Optional.empty(), new Endpoint("/v1/ping"), HttpMethod.GET, 200, OptionalInt.empty(), 0, 0,
                Instant.parse(at))));
        expectation.add(id);
    }

    private List<UUID> storedIds(String table) {
        return database.column("SELECT event_id FROM " + table).stream().map(UUID::fromString).toList();
    }
}
