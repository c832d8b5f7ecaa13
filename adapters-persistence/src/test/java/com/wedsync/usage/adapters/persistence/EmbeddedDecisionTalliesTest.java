package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.DecisionTalliesContract;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.domain.quota.LimitName;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDecisionTalliesTest extends DecisionTalliesContract {

    private String name;
    private EmbeddedDatabase database;

    @Override
    protected DecisionTallies newTallies() {
        name = TestDatabases.uniqueName();
        database = EmbeddedDatabase.inMemory(name);
        return database.decisionTallies();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void countsAddUpAcrossFlushesAndDays() {
        tallies.record(ACME, MONDAY, MONDAY_NOON, admitted());
        tallies.record(ACME, MONDAY.plusDays(1), MONDAY_NOON.plusSeconds(86_400), deniedBy(LimitName.DAILY));
        tallies.tally(ACME, MONDAY, MONDAY);
        tallies.record(ACME, MONDAY, MONDAY_NOON, admitted());
        tallies.record(ACME, MONDAY.plusDays(1), MONDAY_NOON.plusSeconds(86_400), deniedBy(LimitName.DAILY));

        assertThat(tallies.tally(ACME, MONDAY, MONDAY.plusDays(1)))
                .isEqualTo(new DecisionTally(2, 2, 2, Map.of(LimitName.DAILY, 2L)));
    }

    @Test
    void recordedDecisionsReachTheTableWithinAboutASecondWithoutATally() throws Exception {
        tallies.record(ACME, MONDAY, MONDAY_NOON, admitted());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (storedAdmissions() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(storedAdmissions()).isEqualTo(1);
    }

    @Test
    void concurrentRecordingWhileFlushingLosesNothingAndCountsNothingTwice() throws Exception {
        int threads = 4;
        int perThread = 20_000;
        ExecutorService recorders = Executors.newFixedThreadPool(threads);
        AtomicBoolean recording = new AtomicBoolean(true);
        Thread reader = Thread.ofPlatform().start(() -> {
            while (recording.get()) {
                tallies.tally(ACME, MONDAY, MONDAY);
            }
        });
        try {
            Future<?>[] done = new Future<?>[threads];
            for (int i = 0; i < threads; i++) {
                done[i] = recorders.submit(() -> {
                    for (int n = 0; n < perThread; n++) {
                        tallies.record(ACME, MONDAY, MONDAY_NOON, n % 2 == 0 ? admitted() : deniedBy(LimitName.MINUTE));
                    }
                });
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            recording.set(false);
            reader.join();
            recorders.shutdownNow();
        }

        long half = threads * perThread / 2L;
        assertThat(tallies.tally(ACME, MONDAY, MONDAY))
                .isEqualTo(new DecisionTally(half, half, half, Map.of(LimitName.MINUTE, half)));
    }

    @Test
    void closingFlushesTheLastCountsToTheFile(@TempDir Path dataDir) {
        try (EmbeddedDatabase file = EmbeddedDatabase.open(dataDir)) {
            file.decisionTallies().record(ACME, MONDAY, MONDAY_NOON, admitted());
            file.decisionTallies().record(ACME, MONDAY, MONDAY_NOON, deniedBy(LimitName.BURST));
        }

        try (EmbeddedDatabase reopened = EmbeddedDatabase.open(dataDir)) {
            reopened.decisionTallies().record(ACME, MONDAY, MONDAY_NOON, admitted());

            assertThat(reopened.decisionTallies().tally(ACME, MONDAY, MONDAY))
                    .isEqualTo(new DecisionTally(2, 2, 1, Map.of(LimitName.BURST, 1L)));
        }
    }

    /** Read beside the adapter, through a second connection to the same in-memory database. */
    private long storedAdmissions() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name, "sa", "");
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT COALESCE(SUM(admitted), 0) FROM decision_tally")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
