package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.RouteUsage;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.domain.analytics.Route;
import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL appends leave their rollup changes as delta rows that a compactor merges into the cells later: the
 * answers must not depend on how far it got, and merging while appends go on must lose and double nothing.
 */
class PostgresRollupCompactionTest {

    private static final Instant DAY = Instant.parse("2025-03-10T00:00:00Z");
    private static final List<OrganizationId> ORGANIZATIONS = List.of(new OrganizationId("acme"),
            new OrganizationId("globex"));

    private PostgresTestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = PostgresTestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }

    @Test
    void everyReaderAnswersTheSameFromUncompactedDeltasAndFromCompactedCells() throws Exception {
        database.store().usageEventLog().append(events(600, new Random(1)));
        database.store().compactRollups();
        Answers beforeCompaction;
        // Holding usage_rollup against writes keeps any compactor's merge from committing, so every change of the
        // second append stays visible as a delta row; appends (which only add delta rows) and readers go on.
        try (Connection blocker = database.connect(); Statement lock = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            lock.execute("LOCK TABLE usage_rollup IN EXCLUSIVE MODE");
            database.store().usageEventLog().append(events(600, new Random(2)));
            assertThat(database.count("SELECT COUNT(*) FROM usage_rollup_delta")).isPositive();
            beforeCompaction = answers();
            blocker.rollback();
        }

        database.store().compactRollups();
        awaitNoDeltas();

        assertThat(answers()).isEqualTo(beforeCompaction);
        assertThat(beforeCompaction.calls()).isEqualTo(1_200);
    }

    @Test
    void theCompactionsProgressIsCountedForTheMetrics() throws InterruptedException {
        database.store().usageEventLog().append(events(600, new Random(3)));
        database.store().compactRollups();
        awaitNoDeltas();
        // The background thread looks at the backlog after each of its chunks and idle looks (every 250 ms).
        for (int wait = 0; wait < 100 && database.store().rollupBacklog().waitingRows() > 0; wait++) {
            Thread.sleep(50);
        }

        assertThat(database.store().rollupBacklog().waitingRows()).isZero();

        assertThat(database.store().rollupBacklog().mergedRows()).isPositive();
        assertThat(database.store().rollupBacklog().mergedChunks()).isPositive();
        assertThat(database.store().rollupBacklog().failedChunks()).isZero();
    }

    @Test
    void compactingWhileAppendsGoOnLosesAndDoublesNoCall() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(5);
        AtomicBoolean appending = new AtomicBoolean(true);
        try {
            Future<Long> compacted = threads.submit(() -> {
                long merged = 0;
                while (appending.get()) {
                    merged += database.store().compactRollups();
                }
                return merged;
            });
            List<Future<?>> appends = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                Random random = new Random(10 + thread);
                appends.add(threads.submit(() -> {
                    for (int batch = 0; batch < 20; batch++) {
                        database.store().usageEventLog().append(events(50, random));
                    }
                    return null;
                }));
            }
            for (Future<?> append : appends) {
                append.get();
            }
            appending.set(false);
            compacted.get();
        } finally {
            threads.shutdownNow();
        }

        assertThat(answers().calls()).isEqualTo(4 * 20 * 50);
        database.store().compactRollups();
        assertThat(answers().calls()).isEqualTo(4 * 20 * 50);
        assertThat(database.store().checkRollups(DAY).firstDifferences()).isEmpty();
    }

    /** The background compaction may still be committing a chunk that compactRollups skipped as locked. */
    private void awaitNoDeltas() throws InterruptedException {
        for (int wait = 0; wait < 100 && database.count("SELECT COUNT(*) FROM usage_rollup_delta") > 0; wait++) {
            Thread.sleep(100);
        }
        assertThat(database.count("SELECT COUNT(*) FROM usage_rollup_delta")).isZero();
    }

    /** What the analytics read, for each organization and the system, over the whole day and a part of it. */
    private record Answers(long calls, List<Object> all) {
    }

    private Answers answers() {
        UsageRollups rollups = database.store().usageRollups();
        Instant end = DAY.plusSeconds(86_400);
        Instant partFrom = DAY.plusSeconds(3 * 3_600 + 900);
        List<Object> all = new ArrayList<>();
        List<UsageScope> scopes = new ArrayList<>(ORGANIZATIONS.stream().map(UsageScope::of).toList());
        scopes.add(UsageScope.system());
        for (UsageScope scope : scopes) {
            for (Instant from : List.of(DAY, partFrom)) {
                all.add(rollups.quarterHours(scope, from, end));
                all.add(rollups.counts(scope, from, end));
                all.add(routes(rollups.routes(scope, from, end)));
            }
        }
        all.add(rollups.totals(scopes, DAY, end));
        all.add(rollups.busiestOrganizations(DAY, end, 10));
        assertThat(database.store().checkRollups(DAY).firstDifferences()).isEmpty();
        return new Answers(rollups.counts(UsageScope.system(), DAY, end).calls(), all);
    }

    private static Map<Route, UsageMeasures> routes(List<RouteUsage> routes) {
        return routes.stream().collect(Collectors.toMap(RouteUsage::route, RouteUsage::measures));
    }

    private static List<UsageEvent> events(int count, Random random) {
        int[] statuses = {200, 200, 201, 404, 500};
        List<UsageEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new UsageEvent(new EventId(UUID.randomUUID()), ORGANIZATIONS.get(random.nextInt(2)),
                    Optional.empty(), new Endpoint("/v1/" + (char) ('a' + random.nextInt(3))),
                    HttpMethod.values()[random.nextInt(2)], statuses[random.nextInt(statuses.length)],
                    OptionalInt.of(random.nextInt(3_000)), random.nextInt(1_000), random.nextInt(10_000),
                    DAY.plusSeconds(random.nextInt(86_400))));
        }
        return events;
    }
}
