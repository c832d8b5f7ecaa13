package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The appends waiting for a group-commit writer: a bounded queue (when it is full, callers wait: back-pressure)
 * that writers take from in groups, each a run of the queue of at most a number of events (a larger single batch
 * goes alone), one writer taking at a time.
 */
final class PendingAppends {

    /** One caller's batch and where its outcomes go once its group has committed. */
    record Pending(List<UsageEvent> events, CompletableFuture<List<AppendOutcome>> outcomes) {
    }

    private final BlockingQueue<Pending> queue;
    private final int capacity;
    private final int maxGroupEvents;
    private final ReentrantLock taking = new ReentrantLock();

    PendingAppends(int capacity, int maxGroupEvents) {
        if (maxGroupEvents < 1) {
            throw new IllegalArgumentException("'maxGroupEvents' must be positive, was " + maxGroupEvents);
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.capacity = capacity;
        this.maxGroupEvents = maxGroupEvents;
    }

    void put(Pending pending) throws InterruptedException {
        queue.put(pending);
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The batches waiting now, not counting the groups the writers have taken; never blocks. */
    int size() {
        return queue.size();
    }

    int capacity() {
        return capacity;
    }

    /**
     * The next group, or null when nothing came within {@code pollMillis}. One writer takes at a time, so that the
     * batch it peeks at is the one it then polls, and each group is a run of the queue.
     */
    List<Pending> takeGroup(long pollMillis) throws InterruptedException {
        taking.lockInterruptibly();
        try {
            Pending first = queue.poll(pollMillis, TimeUnit.MILLISECONDS);
            return first == null ? null : groupStartingWith(first);
        } finally {
            taking.unlock();
        }
    }

    /** Fails every batch still waiting with {@code failure}: none of it reached the database. */
    void refuseAll(Throwable failure) {
        List<Pending> queued = new ArrayList<>();
        queue.drainTo(queued);
        queued.forEach(pending -> pending.outcomes().completeExceptionally(failure));
    }

    /** The first batch whatever its size, then the batches behind it while the group stays within the bound. */
    private List<Pending> groupStartingWith(Pending first) {
        List<Pending> group = new ArrayList<>(List.of(first));
        int events = first.events().size();
        for (Pending next = queue.peek(); next != null && events + next.events().size() <= maxGroupEvents;
             next = queue.peek()) {
            group.add(queue.poll());
            events += next.events().size();
        }
        return group;
    }
}
