package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.rollup.RollupBackfill;
import com.wedsync.usage.adapters.persistence.rollup.RollupCheckReport;
import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollup check on every store: after concurrent appends with duplicates and late events, and an erasure, every
 * rollup equals the rollup recomputed from the raw events; a rollup changed behind the log's back is reported; and
 * a store that held events before it kept rollups gets them from the backfill migration.
 */
abstract class RollupCheckContract {

    private static final Instant SINCE = Instant.parse("2025-03-01T00:00:00Z");
    private static final List<OrganizationId> ORGANIZATIONS = List.of(new OrganizationId("acme"),
            new OrganizationId("globex"), new OrganizationId("initech"));

    protected UsageStore store;

    /** A new, empty store; the subclass releases whatever backs it after each test. */
    protected abstract UsageStore newStore();

    /** Merges the rollup changes not yet in their cells, on a store that keeps such changes apart. */
    protected void compactRollups() {
    }

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void rollupsEqualTheRawEventsAfterRacingAppendsDuplicatesLateEventsAndAnErasure() throws Exception {
        List<UsageEvent> events = events(2_000, new Random(11));
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> appends = new ArrayList<>();
            for (int start = 0; start < events.size(); start += 50) {
                // Every batch also repeats ten events of the batch before it: duplicates across racing appends.
                List<UsageEvent> batch = new ArrayList<>(events.subList(start, Math.min(events.size(), start + 50)));
                batch.addAll(events.subList(Math.max(0, start - 10), start));
                appends.add(writers.submit(() -> store.usageEventLog().append(batch)));
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            writers.shutdownNow();
        }
        // A late event, a week after the others, for an early quarter hour.
        store.usageEventLog().append(List.of(event(new Random(3), SINCE.plusSeconds(61))));
        store.eraseOrganization(ORGANIZATIONS.get(2));

        RollupCheckReport report = store.checkRollups(SINCE);

        assertThat(report.firstDifferences()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.events()).isGreaterThan(1_000).isLessThan(2_001);
        assertThat(report.organizations()).isEqualTo(2);
    }

    @Test
    void aRollupChangedBehindTheLogsBackIsReported() {
        store.usageEventLog().append(events(100, new Random(5)));
        compactRollups();
        sql().change("UPDATE usage_rollup SET calls = calls + 1 WHERE scope = 'acme' AND kind = 'T'"
                + " AND bucket_start = (SELECT MIN(bucket_start) FROM usage_rollup WHERE scope = 'acme')");

        RollupCheckReport report = store.checkRollups(SINCE);

        assertThat(report.passed()).isFalse();
        assertThat(report.differenceCount()).isEqualTo(1);
        assertThat(report.firstDifferences()).singleElement().asString().contains("acme").contains("TOTAL_QUARTER_HOUR");
    }

    @Test
    void theBackfillMigrationRollsUpEventsStoredBeforeRollupsExisted() throws Exception {
        store.usageEventLog().append(events(300, new Random(9)));
        sql().change("DELETE FROM usage_rollup");
        sql().change("DELETE FROM usage_rollup_delta");
        assertThat(store.checkRollups(SINCE).passed()).isFalse();

        try (Connection connection = ((PooledStore) store).pool.getConnection()) {
            connection.setAutoCommit(false);
            new RollupBackfill().migrate(contextOf(connection));
            connection.commit();
        }

        assertThat(store.checkRollups(SINCE).firstDifferences()).isEmpty();
    }

    private Statements sql() {
        return new Statements(((PooledStore) store).pool);
    }

    private static Context contextOf(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }

    private static List<UsageEvent> events(int count, Random random) {
        List<UsageEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(random, SINCE.plusSeconds(7 * 86_400 + random.nextInt(3 * 86_400))));
        }
        return events;
    }

    private static UsageEvent event(Random random, Instant at) {
        int[] statuses = {200, 200, 200, 201, 404, 429, 500};
        return new UsageEvent(new EventId(UUID.randomUUID()), ORGANIZATIONS.get(random.nextInt(3)), Optional.empty(),
                new Endpoint("/v1/" + (char) ('a' + random.nextInt(4))), HttpMethod.values()[random.nextInt(3)],
                statuses[random.nextInt(statuses.length)],
                random.nextInt(5) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(2_000)),
                random.nextInt(10_000), random.nextInt(100_000), at);
    }
}
