package com.wedsync.usage.benchmarks.jmh;

import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One decision over the daily, minute and burst limits of the SCALE tier: through
 * {@link InProcessQuotaCounters#decide} (the product's in-process store, process clock, one critical section per
 * organization) and through a Bucket4j local bucket per organization ({@code tryConsume(1)}, and
 * {@code tryConsumeAndReturnRemaining(1)} for an answer with remaining and wait), in the same run, with
 * the same organization picked at random per operation. {@code organizations=10000} spreads the load as many
 * tenants do; {@code organizations=1} is one hot tenant that every thread contends on. Thread count comes from
 * {@code -t}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecisionBenchmark {

    @Param({"10000", "1"})
    public int organizations;

    private final LocalCalendar calendar = new LocalCalendar(ZoneOffset.UTC);
    private InProcessQuotaCounters counters;
    private OrganizationId[] ids;
    private Bucket[] buckets;
    private ConcurrentMap<OrganizationId, Bucket> bucketsById;

    @Setup
    public void setUp() {
        counters = new InProcessQuotaCounters(InstantSource.system());
        ids = new OrganizationId[organizations];
        buckets = new Bucket[organizations];
        for (int i = 0; i < organizations; i++) {
            ids[i] = new OrganizationId("org-%05d".formatted(i));
            buckets[i] = ScaleLimits.newBucket();
        }
        bucketsById = new ConcurrentHashMap<>();
        for (int i = 0; i < organizations; i++) {
            bucketsById.put(ids[i], ScaleLimits.newBucket());
        }
    }

    @Benchmark
    public Decision inProcess(Outcomes outcomes) {
        Decision decision = counters.decide(ids[pick()], ScaleLimits.LIMITS, calendar, 1, false);
        outcomes.count(decision instanceof Decision.Admitted);
        return decision;
    }

    @Benchmark
    public boolean bucket4j(Outcomes outcomes) {
        boolean admitted = buckets[pick()].tryConsume(1);
        outcomes.count(admitted);
        return admitted;
    }

    /**
     * Bucket4j asked for what the product's answer carries besides yes or no: the remaining tokens and the wait
     * until a refill ({@code tryConsumeAndReturnRemaining}, one {@code ConsumptionProbe} per call).
     */
    @Benchmark
    public ConsumptionProbe bucket4jProbe(Outcomes outcomes) {
        ConsumptionProbe probe = buckets[pick()].tryConsumeAndReturnRemaining(1);
        outcomes.count(probe.isConsumed());
        return probe;
    }

    /**
     * Not a baseline, a measure of the look-up: {@code tryConsume(1)} on a bucket found by organization id in a
     * {@code ConcurrentHashMap}, as the in-process store finds its ledgers (the baselines index an array).
     */
    @Benchmark
    public boolean bucket4jKeyed(Outcomes outcomes) {
        boolean admitted = bucketsById.get(ids[pick()]).tryConsume(1);
        outcomes.count(admitted);
        return admitted;
    }

    private int pick() {
        return organizations == 1 ? 0 : ThreadLocalRandom.current().nextInt(organizations);
    }
}
