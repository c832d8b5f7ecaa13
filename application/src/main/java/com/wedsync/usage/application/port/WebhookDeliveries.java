package com.wedsync.usage.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of webhook deliveries, shared by every service node: a notice is stored here before anything is sent,
 * so that a crash loses nothing, and any node's sender may send it. A delivery is leased to one sender at a time.
 */
public interface WebhookDeliveries {

    /**
     * Stores the deliveries in one transaction, all or none. A delivery of a notice and URL already stored is
     * skipped, so that storing a notice twice sends it once.
     */
    void enqueue(List<WebhookDelivery> deliveries);

    /**
     * Leases the pending delivery due longest ago ({@code nextAttemptAt} at or before {@code now}) whose lease, if
     * any, ran out before {@code now}, until {@code leasedUntil}; empty when none is due. Two senders never hold the
     * lease of one delivery at the same time.
     */
    Optional<ClaimedDelivery> claimNext(Instant now, Instant leasedUntil);

    /** The attempt succeeded at {@code at}; false (and nothing stored) when the lease was lost meanwhile. */
    boolean delivered(ClaimedDelivery claimed, Instant at);

    /** The attempt failed; the next is due at {@code nextAttemptAt}. False when the lease was lost. */
    boolean retry(ClaimedDelivery claimed, Instant nextAttemptAt, String error);

    /** The attempt failed and it was the last: the delivery is kept, failed. False when the lease was lost. */
    boolean failed(ClaimedDelivery claimed, Instant at, String error);

    Optional<WebhookDelivery> find(String id);

    /** The deliveries of one notice (one per channel), by id. */
    List<WebhookDelivery> ofNotice(String webhookId);
}
