package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.Require;

/**
 * The admitted cost of the last {@code windowMillis} milliseconds, kept exactly as a log of (time, cost) entries.
 * An entry made at {@code t} counts while {@code now - t < windowMillis}: it leaves at {@code t + windowMillis}.
 *
 * <p>Entries of the same millisecond share one slot, so the log never holds more slots than the limit allows
 * calls in one window. Approximations (fixed windows, weighted counters) would over-admit at window edges,
 * which is why the log is kept. Not thread-safe: its owner serialises access.
 */
public final class RollingWindow {

    private static final int INITIAL_CAPACITY = 4;

    private final long windowMillis;
    private long[] times = new long[INITIAL_CAPACITY];
    private long[] costs = new long[INITIAL_CAPACITY];
    private int head;
    private int size;
    private long used;

    public RollingWindow(long windowMillis) {
        this.windowMillis = Require.positive(windowMillis, "windowMillis");
    }

    /** The cost admitted in the window that ends at {@code now}. */
    public long used(long now) {
        evict(now);
        return used;
    }

    public void add(long now, long cost) {
        Require.positive(cost, "cost");
        evict(now);
        if (size > 0 && times[slot(size - 1)] == now) {
            costs[slot(size - 1)] += cost;
        } else {
            if (size == times.length) {
                resize(times.length * 2);
            }
            times[slot(size)] = now;
            costs[slot(size)] = cost;
            size++;
        }
        used += cost;
    }

    /** Milliseconds until the admitted cost drops to {@code target} or less, if nothing more is admitted. */
    public long millisUntilUsedAtMost(long target, long now) {
        evict(now);
        long remainingUsed = used;
        for (int i = 0; i < size && remainingUsed > target; i++) {
            remainingUsed -= costs[slot(i)];
            if (remainingUsed <= target) {
                return times[slot(i)] + windowMillis - now;
            }
        }
        return 0;
    }

    /** Milliseconds until the oldest admitted cost leaves the window; 0 when the window is empty. */
    public long millisUntilOldestLeaves(long now) {
        evict(now);
        return size == 0 ? 0 : times[head] + windowMillis - now;
    }

    public boolean isEmpty(long now) {
        evict(now);
        return size == 0;
    }

    private void evict(long now) {
        while (size > 0 && now - times[head] >= windowMillis) {
            used -= costs[head];
            head = (head + 1) % times.length;
            size--;
        }
        if (size == 0) {
            head = 0;
        }
        if (times.length > INITIAL_CAPACITY && size < times.length / 4) {
            resize(Math.max(INITIAL_CAPACITY, times.length / 2));
        }
    }

    private int slot(int index) {
        return (head + index) % times.length;
    }

    private void resize(int capacity) {
        long[] newTimes = new long[capacity];
        long[] newCosts = new long[capacity];
        for (int i = 0; i < size; i++) {
            newTimes[i] = times[slot(i)];
            newCosts[i] = costs[slot(i)];
        }
        times = newTimes;
        costs = newCosts;
        head = 0;
    }
}
