package com.wedsync.usage.application.port;

/**
 * Tells a rule's channels that its incident was triggered or resolved. It must return quickly (the evaluator calls
 * it between rules): delivery, retries and back-off happen behind it, and a notice that must not be sent (its rule
 * or organization is silenced, the rule has no channels) is dropped there.
 */
public interface Notifier {

    /** Does nothing: for a service with no channel to deliver to. */
    Notifier NONE = notice -> {
    };

    void send(IncidentNotice notice);
}
