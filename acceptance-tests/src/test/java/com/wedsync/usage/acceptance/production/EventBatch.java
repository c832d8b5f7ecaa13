package com.wedsync.usage.acceptance.production;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A batch of usage events with the caller's own event ids, as the body of {@code POST /v1/usage-events}. A batch
 * that was not acknowledged is sent again as it is: same ids, same body.
 */
record EventBatch(List<UUID> ids, String body) {

    static EventBatch of(int size, String organization, Instant occurredAt) {
        List<UUID> ids = IntStream.range(0, size).mapToObj(i -> UUID.randomUUID()).toList();
        String events = ids.stream().map(id -> event(id, organization, occurredAt)).collect(Collectors.joining(","));
        return new EventBatch(ids, "{\"events\":[" + events + "]}");
    }

    private static String event(UUID id, String organization, Instant occurredAt) {
        return "{\"eventId\":\"" + id + "\",\"organizationId\":\"" + organization + "\","
                + "\"endpoint\":\"/v1/weddings/{id}/guests\",\"method\":\"GET\",\"status\":200,\"latencyMs\":12,"
                + "\"requestBytes\":0,\"responseBytes\":512,\"occurredAt\":\"" + occurredAt + "\"}";
    }
}
