package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.application.notification.DeliverWebhooksService;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs this node's webhook sender on one thread of its own: every poll interval it sends whatever is due, one
 * delivery after the other. A round that fails (the database is away) is logged; the next comes at its time.
 */
public final class WebhookSchedule implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WebhookSchedule.class.getName());

    private final ScheduledExecutorService thread;

    private WebhookSchedule(ScheduledExecutorService thread) {
        this.thread = thread;
    }

    public static WebhookSchedule start(DeliverWebhooksService sender, Duration pollInterval) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("webhook-sender").daemon().factory());
        thread.scheduleWithFixedDelay(() -> runOnce(sender), pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new WebhookSchedule(thread);
    }

    private static void runOnce(DeliverWebhooksService sender) {
        try {
            sender.deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sending webhooks failed; trying again at the next poll: " + e.getMessage());
        }
    }

    /** Stops the sender; an attempt in flight is cut short and, its lease running out, sent again later. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
