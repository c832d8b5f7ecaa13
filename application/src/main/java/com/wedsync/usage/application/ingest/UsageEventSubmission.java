package com.wedsync.usage.application.ingest;

/**
 * One event of a batch as the caller sent it, before validation; any field may be missing (null).
 * {@code malformation}, when set, says why the event could not even be read (a field of the wrong JSON type, an
 * unknown property): the event is then rejected on its own, and the rest of the batch still goes in.
 */
public record UsageEventSubmission(String eventId, String apiKey, String organizationId, String endpoint,
                                   String method, Long status, Long latencyMs, Long requestBytes,
                                   Long responseBytes, String occurredAt, String malformation) {

    @Override
    public String toString() {
        return "UsageEventSubmission[eventId=" + eventId + ", organizationId=" + organizationId
                + ", endpoint=" + endpoint + "]";
    }
}
