package com.wedsync.usage.acceptance.production;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged means durable (DESIGN §2.5), the hard way: the service is killed with SIGKILL ten times at random
 * moments while a caller reports usage, and started again after each kill; the caller keeps a ledger of what was
 * acknowledged (202) and sends again whatever was not. Afterwards every acknowledged event is stored exactly once,
 * and nothing is stored that was never sent. A batch whose commit the kill overtook comes back as duplicates.
 */
class ServiceCrashTest {

    private static final int KILLS = 10;
    private static final int EVENTS_PER_BATCH = 20;
    private static final Duration SEND_EVERY = Duration.ofMillis(100);
    /** Batches acknowledged after a start before the next kill: the kill lands in ingest, not in a start. */
    private static final int ACKNOWLEDGED_BETWEEN_KILLS = 3;
    private static final int LONGEST_WAIT_BEFORE_KILL_MILLIS = 500;

    @Test
    void afterTenKillsDuringIngestEveryAcknowledgedEventIsStoredExactlyOnceAndNothingUnsentIsStored()
            throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path directory = Path.of("target", "fault-tests", "crash-" + UUID.randomUUID().toString().substring(0, 8));
        try (FreshDatabase database = FreshDatabase.create("usage_crash_");
             ServiceProcess service = ServiceProcess.over(database.url(), database.user(), database.password(),
                     directory)) {
            service.start();
            IngestClient client = new IngestClient(service.base());
            client.setUp();
            Ledger ledger = new Ledger();
            SteadySender sender = new SteadySender(client, ledger, EVENTS_PER_BATCH);
            sender.start(SEND_EVERY);
            List<Instant> kills = new ArrayList<>();
            for (int kill = 1; kill <= KILLS; kill++) {
                awaitAcknowledged(ledger, ledger.acknowledgedBatches() + ACKNOWLEDGED_BETWEEN_KILLS);
                Thread.sleep(random.nextInt(LONGEST_WAIT_BEFORE_KILL_MILLIS));
                awaitARequestInFlight(sender);
                kills.add(Instant.now());
                service.kill();
                service.start();
            }
            assertThat(sender.finish(Duration.ofSeconds(30))).as("every batch acknowledged in the end").isTrue();

            Map<UUID, Long> stored = StoredEvents.rowsPerEventId(database.url(), database.user(), database.password());
            System.out.printf("crash test (seed %d): %d kills, %d batches, %d answers, %d without an answer"
                            + " (%d in flight at a kill), %d events reported as duplicates on sending again%n", seed,
                    KILLS, ledger.acknowledgedBatches(), ledger.replies().size(),
                    ledger.replies().stream().filter(reply -> reply.status() == Reply.NO_ANSWER).count(),
                    ledger.replies().stream().filter(reply -> inFlightAtAKill(reply, kills)).count(),
                    ledger.duplicatesReported());
            assertThat(ledger.acknowledged()).as("acknowledged events").isNotEmpty()
                    .allSatisfy(id -> assertThat(stored.get(id)).as("rows of " + id).isEqualTo(1L));
            assertThat(ledger.sent()).as("sent").containsAll(stored.keySet());
            assertThat(stored.keySet()).as("stored").isEqualTo(ledger.acknowledged());
            assertThat(ledger.unaccountedAcknowledgements()).isEmpty();
            assertThat(StoredEvents.keyRows(database.url(), database.user(), database.password()))
                    .isEqualTo(stored.size());
        }
    }

    /** Kills land in ingest: while a batch is on its way, if one comes within a second, as it does at this rate. */
    private static void awaitARequestInFlight(SteadySender sender) {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (sender.inFlight() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** A request the kill cut off: sent before it, and left without an answer. */
    private static boolean inFlightAtAKill(Reply reply, List<Instant> kills) {
        return reply.status() == Reply.NO_ANSWER && kills.stream()
                .anyMatch(kill -> reply.sentAt().isBefore(kill) && !reply.answeredAt().isBefore(kill));
    }

    private static void awaitAcknowledged(Ledger ledger, int batches) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ledger.acknowledgedBatches() < batches) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no ingest after the restart: " + ledger.acknowledgedBatches()
                        + " batches acknowledged, waited for " + batches);
            }
            Thread.sleep(20);
        }
    }
}
