package com.wedsync.usage.application.port;

/** What one attempt to deliver a webhook came to: the receiver took it (any 2xx), or not. */
public sealed interface WebhookAttempt {

    /** The receiver answered {@code status}, a 2xx. */
    record Accepted(int status) implements WebhookAttempt {
    }

    /** No 2xx: another status, no connection, a timeout; {@code reason} says which, for inspection. */
    record Refused(String reason) implements WebhookAttempt {
    }
}
