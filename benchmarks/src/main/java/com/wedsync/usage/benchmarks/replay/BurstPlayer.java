package com.wedsync.usage.benchmarks.replay;

import com.wedsync.usage.domain.quota.LimitName;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.LongAdder;

/**
 * Plays the log as {@link Pacing#BURSTS}: organization after organization, each one's requests all at once on the
 * decision pool, in their time order, and the next organization only when every answer of this one is in. The
 * smallest bursts go first (ties by index), so that both ends are warm when the busiest organizations, whose bursts
 * must also end within a second, come. Measures each burst from the first call sent to the last answer received:
 * the monitor decided every call of it within that span.
 */
public final class BurstPlayer {

    private final RequestPlayer player;
    private final ExecutorService pool;
    private final EventBatcher batcher;
    private final Tenants tenants;

    public BurstPlayer(UsageMonitorClient client, Tenants tenants, ExecutorService pool, EventBatcher batcher,
                       PrintStream problems) {
        this.player = new RequestPlayer(client, tenants, batcher, problems);
        this.pool = pool;
        this.batcher = batcher;
        this.tenants = tenants;
    }

    /** Plays every organization's burst; returns once all decisions are answered and all events acknowledged. */
    public Bursts play(List<OrganizationPlan> plans, List<LogRequest> requests, TimeShift shift) {
        Map<String, List<LogRequest>> byClient = new HashMap<>();
        requests.forEach(request -> byClient.computeIfAbsent(request.client(), client -> new ArrayList<>())
                .add(request));
        List<BurstResult> results = new ArrayList<>();
        List<OrganizationPlan> smallestFirst = plans.stream().sorted(Comparator.comparingLong(
                OrganizationPlan::requests).thenComparingInt(OrganizationPlan::index)).toList();
        for (OrganizationPlan plan : smallestFirst) {
            List<LogRequest> own = plan.clients().stream().flatMap(client -> byClient.getOrDefault(client,
                    List.of()).stream()).sorted(Comparator.comparing(LogRequest::time)).toList();
            results.add(burst(plan, own, shift));
        }
        batcher.flush();
        return new Bursts(results, player.tally());
    }

    private BurstResult burst(OrganizationPlan plan, List<LogRequest> own, TimeShift shift) {
        LongAdder admitted = new LongAdder();
        LongAdder failed = new LongAdder();
        Map<LimitName, LongAdder> deniedBy = new EnumMap<>(LimitName.class);
        for (LimitName limit : LimitName.values()) {
            deniedBy.put(limit, new LongAdder());
        }
        Instant started = Instant.now();
        long start = System.nanoTime();
        CompletableFuture.allOf(own.stream().map(request -> CompletableFuture.runAsync(() -> {
            DecisionAnswer answer = player.play(request, shift);
            if (answer == null) {
                failed.increment();
            } else if (answer.allowed()) {
                admitted.increment();
            } else {
                answer.violated().forEach(name -> LimitName.fromWireName(name)
                        .ifPresent(limit -> deniedBy.get(limit).increment()));
            }
        }, pool)).toArray(CompletableFuture[]::new)).join();
        long spanMillis = (System.nanoTime() - start) / 1_000_000;
        Map<LimitName, Long> denials = new EnumMap<>(LimitName.class);
        deniedBy.forEach((limit, count) -> denials.put(limit, count.sum()));
        return new BurstResult(plan, tenants.organizationIds().get(plan.index()), own.size(), admitted.sum(),
                denials, failed.sum(), started, spanMillis);
    }

    /** What the bursts gave: one result per organization, and the tally of the whole run. */
    public record Bursts(List<BurstResult> results, DecisionTally tally) {

        public Bursts {
            results = List.copyOf(results);
        }
    }
}
