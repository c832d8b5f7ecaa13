package com.wedsync.usage.application.port;

import java.time.Instant;

/**
 * Sends one attempt of a delivery to its URL, signed with its secret and stamped {@code at}. It never throws for
 * what the receiver or the network does: that is a {@link WebhookAttempt.Refused}.
 */
public interface WebhookTransport {

    WebhookAttempt post(WebhookDelivery delivery, Instant at);
}
