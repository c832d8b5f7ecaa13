package com.wedsync.usage.acceptance.production;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The client's own record of what it sent and what the service acknowledged (202), and every answer it got. It is
 * what the database is checked against afterwards; it never looks at the database itself.
 */
final class Ledger {

    private final Set<UUID> sent = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Instant> acknowledged = new ConcurrentHashMap<>();
    private final List<Reply> replies = new CopyOnWriteArrayList<>();
    private final List<Reply> unaccountedAcknowledgements = new CopyOnWriteArrayList<>();
    private final AtomicInteger acknowledgedBatches = new AtomicInteger();
    private final AtomicInteger duplicatesReported = new AtomicInteger();

    void sending(EventBatch batch) {
        sent.addAll(batch.ids());
    }

    /**
     * Records the answer; a 202 acknowledges every event of the batch, which its counts must account for (an event
     * is either newly stored or already stored: none of these batches has a reason to be rejected).
     */
    void answered(EventBatch batch, Reply reply) {
        replies.add(reply);
        if (!reply.isAcknowledged()) {
            return;
        }
        int accepted = reply.json().path("accepted").asInt(-1);
        int duplicates = reply.json().path("duplicates").asInt(-1);
        if (accepted + duplicates != batch.ids().size() || !reply.json().path("rejected").isEmpty()) {
            unaccountedAcknowledgements.add(reply);
        }
        duplicatesReported.addAndGet(Math.max(duplicates, 0));
        batch.ids().forEach(id -> acknowledged.putIfAbsent(id, reply.answeredAt()));
        acknowledgedBatches.incrementAndGet();
    }

    Set<UUID> sent() {
        return Set.copyOf(sent);
    }

    Set<UUID> acknowledged() {
        return Set.copyOf(acknowledged.keySet());
    }

    Set<UUID> acknowledgedBefore(Instant moment) {
        return acknowledged.entrySet().stream().filter(entry -> entry.getValue().isBefore(moment))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    int acknowledgedBatches() {
        return acknowledgedBatches.get();
    }

    /** Events the service said it had already: sent again after their acknowledgement was lost to a kill. */
    int duplicatesReported() {
        return duplicatesReported.get();
    }

    List<Reply> replies() {
        return List.copyOf(replies);
    }

    List<Reply> unaccountedAcknowledgements() {
        return List.copyOf(unaccountedAcknowledgements);
    }
}
