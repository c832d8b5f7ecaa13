package com.wedsync.usage.adapters.persistence.tally;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Decision counts in memory between two flushes. A flush swaps in a fresh generation and drains the old one
 * whole, so no count is lost or read twice and the map never holds more than one second's organization-days.
 * A writer announces itself on a generation before it checks the generation is still current; the drain waits
 * until the old generation has no writers left, so it reads every count that went into it.
 */
final class TallyBuffer {

    private volatile Generation current = new Generation();

    void add(TallyKey key, Consumer<TallyCounters> update) {
        while (true) {
            Generation generation = current;
            generation.writers.incrementAndGet();
            try {
                if (generation == current) {
                    update.accept(generation.counters.computeIfAbsent(key, absent -> new TallyCounters()));
                    return;
                }
            } finally {
                generation.writers.decrementAndGet();
            }
        }
    }

    /** Takes out every count added so far. Callers drain one at a time. */
    Map<TallyKey, TallyCounts> drain() {
        Generation drained = current;
        current = new Generation();
        while (drained.writers.get() != 0) {
            Thread.onSpinWait();
        }
        Map<TallyKey, TallyCounts> counts = new HashMap<>();
        drained.counters.forEach((key, counters) -> counts.put(key, counters.counts()));
        return counts;
    }

    /** Puts back counts that could not be flushed, for the next flush. */
    void restore(Map<TallyKey, TallyCounts> counts) {
        counts.forEach((key, value) -> add(key, counters -> counters.add(value)));
    }

    private static final class Generation {
        private final ConcurrentHashMap<TallyKey, TallyCounters> counters = new ConcurrentHashMap<>();
        private final AtomicInteger writers = new AtomicInteger();
    }
}
