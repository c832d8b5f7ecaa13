package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.Require;

/**
 * A delivery this sender holds the lease of: no other sender takes it until the lease runs out, and the outcome
 * of the attempt is stored only while the lease is still this one's ({@code lease}).
 */
public record ClaimedDelivery(WebhookDelivery delivery, String lease) {

    public ClaimedDelivery {
        Require.present(delivery, "delivery");
        Require.present(lease, "lease");
    }
}
