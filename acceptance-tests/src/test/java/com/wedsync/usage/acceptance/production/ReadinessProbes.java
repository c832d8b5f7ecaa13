package com.wedsync.usage.acceptance.production;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A load balancer's view: {@code GET /health/ready} over and over, every answer kept with its timing. */
final class ReadinessProbes implements AutoCloseable {

    private final List<Reply> replies = new CopyOnWriteArrayList<>();
    private final Thread prober;
    private volatile boolean stopped;

    ReadinessProbes(IngestClient client, Duration every) {
        this.prober = Thread.startVirtualThread(() -> {
            while (!stopped) {
                replies.add(client.readiness());
                try {
                    Thread.sleep(every);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** The answers to the probes that were sent at or after {@code from} and answered before {@code to}. */
    List<Reply> within(Instant from, Instant to) {
        return replies.stream().filter(reply -> !reply.sentAt().isBefore(from) && reply.answeredAt().isBefore(to))
                .toList();
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        prober.interrupt();
        prober.join();
    }
}
