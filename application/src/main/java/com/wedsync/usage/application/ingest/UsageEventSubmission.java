package com.wedsync.usage.application.ingest;

/**
 * One event of a batch as the caller sent it, before validation; any field may be missing (null).
 * {@code malformedField}, when set, names a field whose JSON type was wrong: the event is then rejected
 * on its own, and the rest of the batch still goes in.
 */
public record UsageEventSubmission(String eventId, String apiKey, String organizationId, String endpoint,
                                   String method, Long status, Long latencyMs, Long requestBytes,
                                   Long responseBytes, String occurredAt, String malformedField) {

    @Override
    public String toString() {
        return "UsageEventSubmission[eventId=" + eventId + ", organizationId=" + organizationId
                + ", endpoint=" + endpoint + "]";
    }
}
