package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.Require;

/**
 * The admitted cost of the last {@code windowMillis} milliseconds, kept exactly as a log of (time, cost) entries.
 * An entry made at {@code t} counts while {@code now - t < windowMillis}: it leaves at {@code t + windowMillis}.
 *
 * <p>Entries of the same millisecond share one slot, so the log never holds more slots than the limit allows
 * calls in one window. Approximations (fixed windows, weighted counters) would over-admit at window edges,
 * which is why the log is kept. The log is one ring of longs, a time followed by its cost, so that an entry is one
 * cache line; its capacity is a power of two, so a slot is found with a mask rather than a division.
 *
 * <p>{@link #evict} drops what has left the window; the queries after it read only. They never throw, whatever
 * they read, so that a store may ask them under an optimistic read and discard a torn answer. Not thread-safe:
 * its owner serialises the writes.
 */
final class RollingWindow {

    private static final int INITIAL_ENTRIES = 4;

    private final long windowMillis;
    private long[] ring = new long[2 * INITIAL_ENTRIES];
    private int head;
    private int size;
    private long used;
    // The oldest entry, copied out of the ring: a denial needs only it, and then reads no more than this object.
    private long oldestTime;
    private long oldestCost;

    RollingWindow(long windowMillis) {
        this.windowMillis = Require.positive(windowMillis, "windowMillis");
    }

    /** Drops the entries that have left the window ending at {@code now}. */
    void evict(long now) {
        int before = size;
        int mask = ring.length - 1;
        while (size > 0 && now - ring[(2 * head) & mask] >= windowMillis) {
            used -= ring[((2 * head) & mask) + 1];
            head = (head + 1) & (mask >> 1);
            size--;
        }
        if (size == 0) {
            head = 0;
        } else if (size < before) {
            oldestTime = ring[(2 * head) & mask];
            oldestCost = ring[((2 * head) & mask) + 1];
        }
        if (size < before && ring.length > 2 * INITIAL_ENTRIES && size < ring.length / 8) {
            resize(ring.length / 2);
        }
    }

    /** True when {@link #evict} at {@code now} would drop something. */
    boolean isDueForEviction(long now) {
        return size > 0 && now - oldestTime >= windowMillis;
    }

    /** The admitted cost in the window, as of the last eviction. */
    long used() {
        return used;
    }

    void add(long now, long cost) {
        int last = (2 * (head + size - 1)) & (ring.length - 1);
        if (size > 0 && ring[last] == now) {
            ring[last + 1] += cost;
            oldestCost += size == 1 ? cost : 0;
        } else {
            if (2 * size == ring.length) {
                resize(ring.length * 2);
            }
            int next = (2 * (head + size)) & (ring.length - 1);
            ring[next] = now;
            ring[next + 1] = cost;
            if (size == 0) {
                oldestTime = now;
                oldestCost = cost;
            }
            size++;
        }
        used += cost;
    }

    /** Milliseconds until the admitted cost drops to {@code target} or less, if nothing more is admitted. */
    long millisUntilUsedAtMost(long target, long now) {
        long remainingUsed = used - oldestCost;
        if (size == 0 || used <= target) {
            return 0;
        }
        if (remainingUsed <= target) {
            return oldestTime + windowMillis - now;
        }
        long[] entries = ring;
        int count = entries == null ? 0 : Math.min(size, entries.length / 2);
        for (int i = 1; i < count && remainingUsed > target; i++) {
            int at = (2 * (head + i)) & (entries.length - 1);
            remainingUsed -= entries[at + 1];
            if (remainingUsed <= target) {
                return entries[at] + windowMillis - now;
            }
        }
        return 0;
    }

    /** Milliseconds until the oldest admitted cost leaves the window; 0 when the window is empty. */
    long millisUntilOldestLeaves(long now) {
        return size == 0 ? 0 : oldestTime + windowMillis - now;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private void resize(int length) {
        long[] resized = new long[length];
        int mask = ring.length - 1;
        for (int i = 0; i < size; i++) {
            resized[2 * i] = ring[(2 * (head + i)) & mask];
            resized[2 * i + 1] = ring[((2 * (head + i)) & mask) + 1];
        }
        ring = resized;
        head = 0;
    }
}
