package com.wedsync.usage.acceptance.production;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A caller that reports usage at a steady rate whatever the service answers: every interval a new batch, each
 * delivered on a thread of its own and sent again (same ids) after every refusal or lost answer until it is
 * acknowledged, as U4 asks of a caller. Refusals are retried after their {@code Retry-After}, lost answers (no
 * service listening) after a short pause.
 */
final class SteadySender {

    private static final Duration AFTER_NO_ANSWER = Duration.ofMillis(200);
    private static final long LONGEST_RETRY_AFTER_SECONDS = 10;

    private final IngestClient client;
    private final Ledger ledger;
    private final int eventsPerBatch;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private final List<Thread> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean givenUp;

    SteadySender(IngestClient client, Ledger ledger, int eventsPerBatch) {
        this.client = client;
        this.ledger = ledger;
        this.eventsPerBatch = eventsPerBatch;
    }

    void start(Duration interval) {
        ticks.scheduleAtFixedRate(() -> deliveries.add(Thread.startVirtualThread(this::deliverNewBatch)),
                0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops making new batches and waits until every batch made is acknowledged; returns whether all were
     * within {@code timeout} (the rest are abandoned).
     */
    boolean finish(Duration timeout) throws InterruptedException {
        ticks.shutdown();
        ticks.awaitTermination(5, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread delivery : deliveries) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !delivery.join(Duration.ofNanos(left))) {
                givenUp = true;
                return false;
            }
        }
        return true;
    }

    /** Requests sent and not answered yet. */
    int inFlight() {
        return inFlight.get();
    }

    private void deliverNewBatch() {
        EventBatch batch = EventBatch.of(eventsPerBatch, IngestClient.ORGANIZATION, Instant.now());
        ledger.sending(batch);
        while (!givenUp) {
            inFlight.incrementAndGet();
            Reply reply;
            try {
                reply = client.send(batch);
            } finally {
                inFlight.decrementAndGet();
            }
            ledger.answered(batch, reply);
            if (reply.isAcknowledged()) {
                return;
            }
            pause(retryDelay(reply));
        }
    }

    private static Duration retryDelay(Reply reply) {
        return reply.retryAfter().flatMap(SteadySender::seconds)
                .map(seconds -> Duration.ofSeconds(Math.min(seconds, LONGEST_RETRY_AFTER_SECONDS)))
                .orElse(AFTER_NO_ANSWER);
    }

    private static Optional<Long> seconds(String retryAfter) {
        try {
            return Optional.of(Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
