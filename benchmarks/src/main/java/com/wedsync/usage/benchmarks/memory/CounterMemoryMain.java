package com.wedsync.usage.benchmarks.memory;

import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap per active organization in {@link InProcessQuotaCounters}: fills a store with 100,000 organizations in the
 * {@link TierMix} (UTC calendars), each having made its calls of the last minute spread evenly over that minute
 * (distinct milliseconds: the rolling windows' worst case, one slot per call), then measures the heap after
 * several full GCs against the heap of an empty store. Two fills: "typical" (half of the per-minute limit) and
 * "full" (the whole per-minute limit). The organization ids are counted: the store holds them as its keys.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar com.wedsync.usage.benchmarks.memory.CounterMemoryMain
 * [organizations]}.
 */
public final class CounterMemoryMain {

    private static final long START = Instant.parse("2026-03-02T12:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private CounterMemoryMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        fill(1_000, 1.0);
        for (double fraction : new double[] {0.5, 1.0}) {
            measure(organizations, fraction);
        }
    }

    private static void measure(int organizations, double fraction) throws InterruptedException {
        long before = usedHeapAfterGc();
        InProcessQuotaCounters counters = fill(organizations, fraction);
        long after = usedHeapAfterGc();
        System.out.printf("%s: %,d organizations active, %,d calls in the last minute, heap %,d -> %,d bytes: "
                        + "%,d bytes per active organization%n", fraction < 1 ? "typical (1/2 of the minute limit)"
                        : "full (the whole minute limit)", counters.activeOrganizations(), calls(organizations,
                        fraction), before, after, (after - before) / organizations);
        Reference.reachabilityFence(counters);
    }

    private static InProcessQuotaCounters fill(int organizations, double fraction) {
        AtomicLong clock = new AtomicLong(START);
        InProcessQuotaCounters counters = new InProcessQuotaCounters(() -> Instant.ofEpochMilli(clock.get()));
        LocalCalendar utc = new LocalCalendar(ZoneOffset.UTC);
        for (int i = 0; i < organizations; i++) {
            Tier tier = TierMix.tierOf(i);
            int calls = TierMix.callsInLastMinute(tier, fraction);
            OrganizationId id = new OrganizationId("org-%06d".formatted(i));
            for (int call = 0; call < calls; call++) {
                clock.set(START + call * (MINUTE / calls) + i % 7);
                Decision decision = counters.decide(id, tier.limits(), utc, 1, false);
                if (!(decision instanceof Decision.Admitted)) {
                    throw new IllegalStateException("the fill must stay within the limits, was denied: " + decision);
                }
            }
        }
        return counters;
    }

    private static long calls(int organizations, double fraction) {
        long total = 0;
        for (int i = 0; i < organizations; i++) {
            total += TierMix.callsInLastMinute(TierMix.tierOf(i), fraction);
        }
        return total;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
