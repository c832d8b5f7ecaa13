package com.wedsync.usage.benchmarks.replay;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the replay saw of the decisions, safe to update from every sending thread: admitted, denied, denials per
 * limit (a denial naming several limits counts for each, as the monitor's analytics count them), denials per
 * client, decisions made without the shared counter store (degraded), and decisions that failed outright (no
 * answer, or not 200).
 */
public final class DecisionTally {

    public static final List<String> LIMITS = List.of("daily", "minute", "burst");

    private final LongAdder admitted = new LongAdder();
    private final LongAdder denied = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder degraded = new LongAdder();
    private final Map<String, LongAdder> deniedByLimit = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> deniedByClient = new ConcurrentHashMap<>();

    public void record(String client, DecisionAnswer answer) {
        if (answer.degraded()) {
            degraded.increment();
        }
        if (answer.allowed()) {
            admitted.increment();
            return;
        }
        denied.increment();
        answer.violated().forEach(limit -> deniedByLimit.computeIfAbsent(limit, name -> new LongAdder()).increment());
        deniedByClient.computeIfAbsent(client, name -> new LongAdder()).increment();
    }

    public void recordFailure() {
        failed.increment();
    }

    public long admitted() {
        return admitted.sum();
    }

    public long denied() {
        return denied.sum();
    }

    public long degraded() {
        return degraded.sum();
    }

    public long failed() {
        return failed.sum();
    }

    public long deniedBy(String limit) {
        LongAdder count = deniedByLimit.get(limit);
        return count == null ? 0 : count.sum();
    }

    /** The clients denied most often, most first (ties by address), at most {@code count}. */
    public List<Map.Entry<String, Long>> mostDenied(int count) {
        return deniedByClient.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count).toList();
    }
}
