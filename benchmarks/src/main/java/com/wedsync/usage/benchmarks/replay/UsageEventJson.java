package com.wedsync.usage.benchmarks.replay;

/** One usage event as {@code POST /v1/usage-events} takes it; {@code occurredAt} is an ISO-8601 instant. */
public record UsageEventJson(String eventId, String apiKey, String endpoint, String method, int status,
                             long responseBytes, long requestBytes, String occurredAt) {
}
