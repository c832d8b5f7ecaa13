package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.sql.DatabaseFailures;
import com.wedsync.usage.adapters.persistence.sql.PersistenceException;
import com.wedsync.usage.adapters.persistence.usage.PendingAppends.Pending;
import com.wedsync.usage.application.health.IngestBacklog;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Group commit: concurrent appends share one transaction, so that they share the cost that dominates a small
 * transaction, its flush to disk at commit. Callers put their batches in a bounded queue (when it is full they
 * wait: back-pressure) and wait; one writer thread takes every batch waiting, up to a number of events, stores the
 * merged group in one transaction, and only once that has committed gives each caller the outcomes of its own
 * events (acknowledged means committed). If the group fails, every caller in it gets the failure and nothing of
 * the group is acknowledged. A lone caller does not wait for company: the writer takes whatever is there.
 * When the failure is that the database cannot be reached, the batches queued meanwhile are refused with it too.
 * <p>
 * There may be several writers, each with a group of its own in flight: while one waits for its commit, another
 * copies and inserts, so that the database and this process work at the same time. Groups written at the same
 * time may share ids; the store makes exactly one of them store each id (the other finds it a duplicate).
 * <p>
 * Within a group the first occurrence of an event id (in queue order, then batch order) is the one stored, if the
 * id is new; every other occurrence, in the same batch or in another caller's, is a duplicate.
 */
final class GroupCommit implements AutoCloseable {

    /** Stores events with distinct ids in one transaction; returns, once committed, the ids that were new. */
    @FunctionalInterface
    interface GroupStore {
        Set<EventId> storeNew(List<UsageEvent> distinctEvents);
    }

    private static final long IDLE_POLL_MILLIS = 100;

    private final GroupStore store;
    private final PendingAppends queue;
    private final ReentrantReadWriteLock admission = new ReentrantReadWriteLock();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /** One writer: groups are written one after the other, in queue order. */
    GroupCommit(GroupStore store, int queueCapacity, int maxGroupEvents) {
        this(store, queueCapacity, maxGroupEvents, 1);
    }

    GroupCommit(GroupStore store, int queueCapacity, int maxGroupEvents, int writerCount) {
        if (writerCount < 1) {
            throw new IllegalArgumentException("'writerCount' must be positive, was " + writerCount);
        }
        this.store = store;
        this.queue = new PendingAppends(queueCapacity, maxGroupEvents);
        for (int i = 0; i < writerCount; i++) {
            writers.add(Thread.ofPlatform().daemon().name("usage-event-group-commit-" + i)
                    .start(this::writeUntilClosed));
        }
    }

    /** Returns one outcome per event, in order, once the transaction holding them has committed. */
    List<AppendOutcome> append(List<UsageEvent> events) {
        Pending pending = new Pending(List.copyOf(events), new CompletableFuture<>());
        enqueue(pending);
        try {
            return pending.outcomes().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("interrupted while waiting for the commit: the events may or may not"
                    + " be stored (appending them again is safe)", e);
        } catch (ExecutionException e) {
            throw DatabaseFailures.failure("the usage events were not stored", e.getCause());
        }
    }

    /** The batches waiting for a writer now, out of the queue's capacity. */
    IngestBacklog backlog() {
        return new IngestBacklog(queue.size(), queue.capacity());
    }

    /** Stops taking appends, stores those already queued, and stops the writers. */
    @Override
    public void close() {
        admission.writeLock().lock();
        try {
            closed = true;
        } finally {
            admission.writeLock().unlock();
        }
        try {
            for (Thread writer : writers) {
                writer.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Under the read lock, so that once {@link #close} holds the write lock no append can slip in after it. */
    private void enqueue(Pending pending) {
        admission.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the usage log is closed");
            }
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("interrupted while waiting for room in the ingest queue; nothing stored", e);
        } finally {
            admission.readLock().unlock();
        }
    }

    /** Once closed is seen, nothing more enters the queue, so an empty queue then means all is written. */
    private void writeUntilClosed() {
        while (!(closed && queue.isEmpty())) {
            try {
                List<Pending> group = queue.takeGroup(IDLE_POLL_MILLIS);
                if (group != null) {
                    commit(group);
                }
            } catch (InterruptedException e) {
                // Nothing interrupts this thread on purpose; close() ends the loop.
            }
        }
    }

    private void commit(List<Pending> group) {
        Map<EventId, UsageEvent> firstOccurrences = new LinkedHashMap<>();
        group.forEach(pending -> pending.events().forEach(event -> firstOccurrences.putIfAbsent(event.eventId(), event)));
        Set<EventId> stored;
        try {
            stored = store.storeNew(List.copyOf(firstOccurrences.values()));
        } catch (Throwable failure) {
            // Errors too: a caller must never wait for a group the writer gave up on.
            group.forEach(pending -> pending.outcomes().completeExceptionally(failure));
            // The batches queued meanwhile would each wait out another connection timeout only to fail alike;
            // refused now, their callers hear within one timeout that they must try again.
            if (DatabaseFailures.isUnreachable(failure)) {
                queue.refuseAll(failure);
            }
            return;
        }
        Set<EventId> claimed = new HashSet<>();
        for (Pending pending : group) {
            pending.outcomes().complete(pending.events().stream()
                    .map(event -> stored.contains(event.eventId()) && claimed.add(event.eventId())
                            ? AppendOutcome.STORED : AppendOutcome.DUPLICATE)
                    .toList());
        }
    }
}
