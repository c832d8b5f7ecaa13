package com.wedsync.usage.acceptance.world;

import java.time.Instant;
import java.util.UUID;

/** One usage event as a calling service reports it after the call happened. */
public record EventToRecord(UUID eventId, String organizationId, String endpoint, String method, int status,
                            Integer latencyMs, Instant occurredAt) {
}
