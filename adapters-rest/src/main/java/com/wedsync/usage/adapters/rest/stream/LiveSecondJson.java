package com.wedsync.usage.adapters.rest.stream;

import com.wedsync.usage.application.live.LiveSecond;

import java.time.Instant;

/**
 * The data of one {@code usage} event: the second (its start, as an instant) and its totals; {@code p95LatencyMs}
 * is null when no event of the second carried a latency. {@code organizationId} is null for the whole system.
 */
public record LiveSecondJson(String second, String organizationId, long calls, long admitted, long denied,
                             long errors, Integer p95LatencyMs) {

    static LiveSecondJson fromDomain(LiveSecond second, String organizationId) {
        return new LiveSecondJson(Instant.ofEpochSecond(second.epochSecond()).toString(), organizationId, second.calls(),
                second.admitted(), second.denied(), second.errors(), second.p95LatencyMs());
    }
}
