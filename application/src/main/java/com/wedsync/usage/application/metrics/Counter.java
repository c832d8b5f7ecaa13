package com.wedsync.usage.application.metrics;

import java.util.concurrent.atomic.LongAdder;

/** A count that only goes up, cheap to increment from many threads at once. */
public final class Counter {

    private final LongAdder count = new LongAdder();

    public void increment() {
        count.increment();
    }

    /** @throws IllegalArgumentException when {@code amount} is negative: a counter never goes down */
    public void add(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("'amount' must not be negative, was " + amount);
        }
        count.add(amount);
    }

    public long value() {
        return count.sum();
    }
}
