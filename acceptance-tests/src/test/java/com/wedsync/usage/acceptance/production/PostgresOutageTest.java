package com.wedsync.usage.acceptance.production;

import com.wedsync.usage.application.testsupport.LocalPostgres;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CASES U4, the PostgreSQL half: PostgreSQL is stopped for 30 s while a caller reports 20 events ten times a
 * second. Events acknowledged before the stop are all stored afterwards; events sent during the stop are refused
 * (503 store-unavailable, within the pool's connection timeout) and retried by the caller until acknowledged, or
 * acknowledged and stored; none is lost, none is stored twice. Readiness says 503 while the database is away, from
 * the health monitor's snapshot: within seconds of the stop, and without ever waiting for the database.
 */
class PostgresOutageTest {

    private static final String DATABASE = "usage_outage";
    private static final String USER = "postgres";
    private static final int EVENTS_PER_BATCH = 20;
    private static final Duration SEND_EVERY = Duration.ofMillis(100);
    private static final Duration BEFORE_STOP = Duration.ofSeconds(5);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration AFTER_RESTART = Duration.ofSeconds(5);
    /**
     * How long the health monitor may take to notice: a probe a second, which it gives up on after a second (the
     * pool would wait 5 s for a connection), then the next snapshot; the rest is a busy machine's slack.
     */
    private static final Duration HEALTH_NOTICE = Duration.ofSeconds(4);
    /** Readiness never waits for the database; this much is the HTTP round trip on a busy machine. */
    private static final Duration QUICKEST_PROBE_ANSWER = Duration.ofMillis(500);
    /** The pool waits 5 s for a connection; an answer must come soon after, never hang. */
    private static final Duration LONGEST_ANSWER = Duration.ofMillis(6_500);

    @Test
    void nothingAcknowledgedIsLostNothingIsStoredTwiceAndTheStopIsAnsweredServiceUnavailable() throws Exception {
        LocalPostgres.requireInstalled();
        Path directory = Path.of("target", "fault-tests", "outage-" + UUID.randomUUID().toString().substring(0, 8));
        try (LocalPostgres postgres = LocalPostgres.start(directory);
             ServiceProcess service = startedService(postgres, directory)) {
            IngestClient client = new IngestClient(service.base());
            client.setUp();
            Ledger ledger = new Ledger();
            SteadySender sender = new SteadySender(client, ledger, EVENTS_PER_BATCH);
            Outage outage;
            try (ReadinessProbes readiness = new ReadinessProbes(client, Duration.ofMillis(500))) {
                sender.start(SEND_EVERY);
                outage = Outage.of(postgres, BEFORE_STOP, OUTAGE);
                Thread.sleep(AFTER_RESTART);
                assertThat(sender.finish(Duration.ofSeconds(60))).as("every batch acknowledged in the end").isTrue();

                assertThat(readiness.within(outage.stopped().plus(HEALTH_NOTICE), outage.restarting()))
                        .as("readiness while PostgreSQL is stopped").hasSizeGreaterThanOrEqualTo(3)
                        .allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(503));
                assertThat(readiness.within(outage.stopped(), outage.restarting()))
                        .as("readiness answers from the health snapshot, never waiting for the database")
                        .allSatisfy(reply -> assertThat(reply.took()).as(reply.toString())
                                .isLessThan(QUICKEST_PROBE_ANSWER));
            }
            assertThat(client.readiness().status()).as("readiness once PostgreSQL is back").isEqualTo(200);

            everyAnswerWasAnAcknowledgementOrAClearRefusalInTime(ledger, outage);
            theDatabaseHoldsEveryEventSentExactlyOnce(ledger, outage, postgres.url(DATABASE));
        }
    }

    private static ServiceProcess startedService(LocalPostgres postgres, Path directory) {
        postgres.createDatabase(DATABASE);
        ServiceProcess service = ServiceProcess.over(postgres.url(DATABASE), USER, "", directory.resolve("service"));
        service.start();
        return service;
    }

    private static void everyAnswerWasAnAcknowledgementOrAClearRefusalInTime(Ledger ledger, Outage outage) {
        List<Reply> replies = ledger.replies();
        assertThat(replies).as("answers other than 202 and 503 store-unavailable")
                .filteredOn(reply -> !reply.isAcknowledged() && !reply.isStoreUnavailable()).isEmpty();
        assertThat(replies).as("answers later than " + LONGEST_ANSWER)
                .filteredOn(reply -> reply.took().compareTo(LONGEST_ANSWER) > 0).isEmpty();
        assertThat(replies).as("refusals while PostgreSQL was stopped")
                .filteredOn(reply -> reply.sentAt().isAfter(outage.stopped())
                        && reply.answeredAt().isBefore(outage.restarting()))
                .isNotEmpty().allSatisfy(reply -> assertThat(reply.isStoreUnavailable()).as(reply.toString()).isTrue());
        assertThat(ledger.unaccountedAcknowledgements()).as("202s that do not account for every event").isEmpty();
        System.out.printf("outage test: %d batches, %d answers, %d refused, longest answer %d ms%n",
                ledger.acknowledgedBatches(), replies.size(), replies.stream().filter(Reply::isStoreUnavailable).count(),
                replies.stream().map(Reply::took).max(Comparator.naturalOrder()).orElseThrow().toMillis());
    }

    private static void theDatabaseHoldsEveryEventSentExactlyOnce(Ledger ledger, Outage outage, String url) {
        Map<UUID, Long> stored = StoredEvents.rowsPerEventId(url, USER, "");

        assertThat(ledger.acknowledgedBefore(outage.stopped())).as("acknowledged before the stop").isNotEmpty()
                .allSatisfy(id -> assertThat(stored).containsKey(id));
        assertThat(ledger.acknowledged()).isEqualTo(ledger.sent());
        assertThat(stored.keySet()).isEqualTo(ledger.sent());
        assertThat(stored.entrySet()).as("events stored more than once")
                .filteredOn(entry -> entry.getValue() != 1).isEmpty();
        assertThat(StoredEvents.keyRows(url, USER, "")).isEqualTo(ledger.sent().size());
    }

    /** When PostgreSQL was found stopped and when it was being started again. */
    private record Outage(Instant stopped, Instant restarting) {

        static Outage of(LocalPostgres postgres, Duration after, Duration lasting) throws InterruptedException {
            Thread.sleep(after);
            postgres.stop();
            Instant stopped = Instant.now();
            Thread.sleep(lasting);
            Instant restarting = Instant.now();
            postgres.start();
            return new Outage(stopped, restarting);
        }
    }
}
