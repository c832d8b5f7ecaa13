package com.wedsync.usage.application.port;

/** The body a receiver is sent for a notice, in the wire format of the webhook adapter (JSON). */
public interface WebhookPayloads {

    String body(IncidentNotice notice);
}
