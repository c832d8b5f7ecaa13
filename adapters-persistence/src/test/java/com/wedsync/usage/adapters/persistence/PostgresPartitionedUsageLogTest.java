package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.sql.PersistenceException;
import com.wedsync.usage.application.health.IngestBacklog;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.application.testsupport.ExternalServers;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.wedsync.usage.application.port.AppendOutcome.DUPLICATE;
import static com.wedsync.usage.application.port.AppendOutcome.STORED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL usage log's own promises: monthly partitions made ahead and on demand, ids unique across them. */
class PostgresPartitionedUsageLogTest {

    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final String PARTITIONS = "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
            + " WHERE i.inhparent = 'usage_event'::regclass ORDER BY c.relname";

    private PostgresTestDatabase database;
    private UsageEventLog log;

    @BeforeEach
    void createDatabase() {
        database = PostgresTestDatabase.create();
        log = database.store().usageEventLog();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }

    @Test
    void partitionsAreReadyFromTheLongestRetentionBackToTwoMonthsAheadAndThereIsNoDefaultPartition() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        YearMonth oldestAccepted = YearMonth.from(Instant.now().minus(Duration.ofDays(365)).atOffset(ZoneOffset.UTC));
        List<String> expected = new ArrayList<>();
        for (YearMonth month = oldestAccepted; !month.isAfter(now.plusMonths(2)); month = month.plusMonths(1)) {
            expected.add(String.format("usage_event_p%04d_%02d", month.getYear(), month.getMonthValue()));
        }

        assertThat(database.column(PARTITIONS)).containsAll(expected);
        assertThat(database.column("SELECT partdefid FROM pg_partitioned_table"
                + " WHERE partrelid = 'usage_event'::regclass")).containsExactly("0");
    }

    @Test
    void theLogIsRangePartitionedOnEventTimeWithABrinIndexOnItAndAnIndexForOrganizationAndTime() {
        assertThat(database.column("SELECT pg_get_partkeydef('usage_event'::regclass)"))
                .containsExactly("RANGE (occurred_at)");
        assertThat(database.column("SELECT pg_get_indexdef(indexrelid) FROM pg_index"
                + " WHERE indrelid = 'usage_event'::regclass")).anySatisfy(index -> assertThat(index)
                .contains("USING brin (occurred_at)")).anySatisfy(index -> assertThat(index)
                .contains("USING btree (organization_id, occurred_at)"));
    }

    @Test
    void anEventInAMonthWithoutAPartitionIsStoredInANewPartition() {
        Instant longAgo = Instant.parse("2019-06-15T08:30:00Z");
        assertThat(database.column(PARTITIONS)).doesNotContain("usage_event_p2019_06");

        assertThat(log.append(List.of(call(UUID.randomUUID(), longAgo)))).containsExactly(STORED);

        assertThat(database.column(PARTITIONS)).contains("usage_event_p2019_06");
        assertThat(database.store().usageRollups().quarterHours(UsageScope.of(ACME), longAgo.minusSeconds(900),
                longAgo.plusSeconds(900))).singleElement()
                .satisfies(bucket -> assertThat(bucket.measures().statuses()).containsEntry(200, 1L));
    }

    @Test
    void aRepeatedEventIdIsADuplicateEvenWhenItCarriesATimeInAnotherMonth() {
        UUID id = UUID.randomUUID();
        log.append(List.of(call(id, MARCH)));

        assertThat(log.append(List.of(call(id, Instant.parse("2024-07-10T00:00:00Z"))))).containsExactly(DUPLICATE);

        assertThat(database.column("SELECT tableoid::regclass FROM usage_event WHERE event_id = '" + id + "'"))
                .containsExactly("usage_event_p2024_03");
    }

    @Test
    void aRepeatedIdWithinOneBatchIsStoredOnceAndTheFirstOccurrenceWins() {
        UUID id = UUID.randomUUID();

        assertThat(log.append(List.of(call(id, MARCH), call(id, MARCH.plusSeconds(40L * 86_400)))))
                .containsExactly(STORED, DUPLICATE);

        assertThat(database.column("SELECT occurred_at = '" + MARCH + "' FROM usage_event")).containsExactly("t");
    }

    @Test
    void aBatchRepeatingStoredEventsStoresOnlyItsNewOnesAndCountsThemOnce() {
        List<UsageEvent> first = List.of(call(UUID.randomUUID(), MARCH), call(UUID.randomUUID(), MARCH));
        log.append(first);
        UsageEvent fresh = call(UUID.randomUUID(), MARCH.plusSeconds(60));

        // The whole-group COPY meets the stored ids' key rows; the duplicates check then stores the new one alone.
        assertThat(log.append(List.of(first.get(1), fresh, first.get(0)))).containsExactly(DUPLICATE, STORED,
                DUPLICATE);

        assertThat(database.count("SELECT COUNT(*) FROM usage_event")).isEqualTo(3);
        assertThat(database.count("SELECT COUNT(*) FROM usage_event_key")).isEqualTo(3);
        assertThat(database.store().usageRollups().counts(UsageScope.of(ACME), MARCH, MARCH.plusSeconds(900))
                .calls()).isEqualTo(3);
        assertThat(database.store().checkRollups(Instant.parse("2024-03-01T00:00:00Z")).firstDifferences()).isEmpty();
    }

    @Test
    void eightThreadsAppendingOverlappingIdsStoreEachIdOnceAndEveryCallerGetsItsOutcomes() throws Exception {
        OverlappingAppends appends = new OverlappingAppends(8, 25, 40, 300);
        ExecutorService threads = Executors.newFixedThreadPool(appends.threads());
        try {
            appends.runOn(threads, log);
        } finally {
            threads.shutdownNow();
        }

        assertThat(appends.storedOutcomesPerId()).allSatisfy((id, stored) -> assertThat(stored).isEqualTo(1));
        long distinctIds = appends.storedOutcomesPerId().size();
        assertThat(database.count("SELECT COUNT(*) FROM usage_event")).isEqualTo(distinctIds);
        assertThat(database.count("SELECT COUNT(DISTINCT event_id) FROM usage_event")).isEqualTo(distinctIds);
        assertThat(database.count("SELECT COUNT(*) FROM usage_event_key")).isEqualTo(distinctIds);
        assertThat(database.count("SELECT COUNT(*) FROM usage_event e JOIN usage_event_key k USING (event_id)"
                + " WHERE e.occurred_at <> k.occurred_at")).isZero();
        appends.storedTimes().forEach((id, time) -> assertThat(database.column(
                "SELECT occurred_at = '" + time + "' FROM usage_event WHERE event_id = '" + id + "'"))
                .containsExactly("t"));
    }

    @Test
    void twoStoresOnOneDatabaseStoreASharedEventOnce() throws Exception {
        try (PostgresDatabase secondNode = PostgresDatabase.open(database.url(), ExternalServers.dbUser(),
                ExternalServers.dbPassword())) {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    UsageEvent shared = call(UUID.randomUUID(), MARCH.plusSeconds(round));
                    CyclicBarrier start = new CyclicBarrier(2);
                    Future<AppendOutcome> first = threads.submit(appendingShared(log, shared, start));
                    Future<AppendOutcome> second = threads.submit(appendingShared(secondNode.usageEventLog(), shared,
                            start));
                    assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(STORED, DUPLICATE);
                }
            } finally {
                threads.shutdownNow();
            }
        }
        assertThat(database.count("SELECT COUNT(*) FROM usage_event")).isEqualTo(20 * 5);
    }

    @Test
    void anOpenStoreIsHealthyAndAClosedOneIsNotAndClosingTwiceIsHarmless() {
        PostgresDatabase store = database.store();
        assertThat(store.isHealthy()).isTrue();
        assertThat(store.ingestBacklog()).contains(new IngestBacklog(0, 1_024));

        store.close();
        store.close();

        assertThat(store.isHealthy()).isFalse();
    }

    @Test
    void openingSaysWhatIsWrongWithTheServer() {
        assertThatThrownBy(() -> PostgresDatabase.open("jdbc:h2:mem:x", "postgres", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbcUrl");
        assertThatThrownBy(() -> PostgresDatabase.open("jdbc:postgresql://127.0.0.1:1/nowhere?password=secret",
                "postgres", "")).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("127.0.0.1:1/nowhere").hasMessageNotContaining("secret");
    }

    private static Callable<AppendOutcome> appendingShared(UsageEventLog log, UsageEvent shared, CyclicBarrier start) {
        return () -> {
            start.await();
            return log.append(List.of(call(UUID.randomUUID(), MARCH), shared, call(UUID.randomUUID(), MARCH))).get(1);
        };
    }

    static UsageEvent call(UUID id, Instant at) {
        return new UsageEvent(new EventId(id), ACME, Optional.empty(), new Endpoint("/v1/clients/{id}"),
                HttpMethod.GET, 200, OptionalInt.of(12), 100, 1_000, at);
    }
}
