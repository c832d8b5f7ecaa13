package com.wedsync.usage.application.notification;

import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.ClaimedDelivery;
import com.wedsync.usage.application.port.WebhookAttempt;
import com.wedsync.usage.application.port.WebhookDeliveries;
import com.wedsync.usage.application.port.WebhookDelivery;
import com.wedsync.usage.application.port.WebhookTransport;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * A node's sender: takes the due deliveries one by one under a lease, so that two nodes never send the same one at
 * once, sends each, and stores the outcome: delivered on a 2xx, otherwise tried again later by the
 * {@link RetryPolicy}, or failed once the policy gives up. A crash between the send and the store of its outcome
 * sends that delivery again when the lease runs out: delivery is at least once, and receivers tell repeats apart by
 * their {@code webhook-id}.
 */
public final class DeliverWebhooksService {

    /** Longer than one attempt can take (the transport's connect and request timeouts, 15 s together). */
    public static final Duration LEASE = Duration.ofMinutes(1);

    private final WebhookDeliveries deliveries;
    private final WebhookTransport transport;
    private final RetryPolicy policy;
    private final InstantSource clock;
    private final DoubleSupplier jitter;
    private final OperationalMetrics metrics;

    /**
     * @param jitter  numbers from [0, 1) that spread the retries ({@code ThreadLocalRandom} in production)
     * @param metrics where each attempt's outcome is counted
     */
    public DeliverWebhooksService(WebhookDeliveries deliveries, WebhookTransport transport, RetryPolicy policy,
                                  InstantSource clock, DoubleSupplier jitter, OperationalMetrics metrics) {
        this.deliveries = deliveries;
        this.transport = transport;
        this.policy = policy;
        this.clock = clock;
        this.jitter = jitter;
        this.metrics = metrics;
    }

    /** Sends every delivery due now, one after the other; returns how many attempts were made. */
    public int deliverDue() {
        int attempts = 0;
        for (Optional<ClaimedDelivery> next = claim(); next.isPresent(); next = claim()) {
            attempt(next.get());
            attempts++;
        }
        return attempts;
    }

    private Optional<ClaimedDelivery> claim() {
        Instant now = clock.instant();
        return deliveries.claimNext(now, now.plus(LEASE));
    }

    private void attempt(ClaimedDelivery claimed) {
        WebhookDelivery delivery = claimed.delivery();
        Instant at = clock.instant();
        switch (transport.post(delivery, at)) {
            case WebhookAttempt.Accepted accepted -> {
                deliveries.delivered(claimed, clock.instant());
                metrics.webhookAttempted("delivered");
            }
            case WebhookAttempt.Refused refused -> {
                Instant now = clock.instant();
                policy.nextAttempt(delivery.attempts() + 1, delivery.createdAt(), now, jitter.getAsDouble())
                        .ifPresentOrElse(next -> {
                            deliveries.retry(claimed, next, refused.reason());
                            metrics.webhookAttempted("retry");
                        }, () -> {
                            deliveries.failed(claimed, now, refused.reason());
                            metrics.webhookAttempted("failed");
                        });
            }
        }
    }
}
