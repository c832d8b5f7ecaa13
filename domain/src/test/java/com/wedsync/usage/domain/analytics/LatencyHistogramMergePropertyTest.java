package com.wedsync.usage.domain.analytics;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Percentiles of merged histograms are within 1% of the exact nearest-rank percentile of all the latencies, never
 * below it, whatever the order and depth of merging: the latencies are cut into random parts, and the parts merged
 * in a random tree (each step merges two random partial results, like hours into days into months).
 */
class LatencyHistogramMergePropertyTest {

    private static final double[] PERCENTILES = {50, 95, 99};

    @Property(tries = 300)
    void mergedPercentilesAreWithinOnePercentOfTheExactValue(@ForAll("mergedLatencies") MergePlan plan) {
        int[] all = plan.latencies();
        LatencyHistogram merged = plan.merge();

        assertThat(merged.count()).isEqualTo(all.length);
        int[] sorted = all.clone();
        Arrays.sort(sorted);
        for (double percentile : PERCENTILES) {
            int exact = sorted[(int) Math.max(1, Math.ceil(percentile * sorted.length / 100.0)) - 1];
            int reported = merged.percentile(percentile).getAsInt();
            assertThat(reported).as("p%s of %s latencies", percentile, all.length)
                    .isGreaterThanOrEqualTo(exact).isLessThanOrEqualTo(exact + exact / 100);
        }
        assertThat(merged).isEqualTo(LatencyHistogram.of(all));
    }

    @Provide
    Arbitrary<MergePlan> mergedLatencies() {
        Arbitrary<Integer> latency = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0, 300)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 20_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, LatencyBuckets.MAX_MS)));
        Arbitrary<List<Integer>> part = latency.list().ofMinSize(0).ofMaxSize(200);
        return Combinators.combine(part.list().ofMinSize(1).ofMaxSize(30),
                Arbitraries.longs()).as(MergePlan::new).filter(plan -> plan.latencies().length > 0);
    }

    record MergePlan(List<List<Integer>> parts, long seed) {

        int[] latencies() {
            return parts.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        }

        LatencyHistogram merge() {
            java.util.Random random = new java.util.Random(seed);
            List<LatencyHistogram> pending = new ArrayList<>();
            for (List<Integer> part : parts) {
                pending.add(LatencyHistogram.fromBytes(
                        LatencyHistogram.of(part.stream().mapToInt(Integer::intValue).toArray()).toBytes()));
            }
            while (pending.size() > 1) {
                LatencyHistogram into = pending.remove(random.nextInt(pending.size()));
                LatencyHistogram from = pending.remove(random.nextInt(pending.size()));
                into.add(from);
                pending.add(random.nextInt(pending.size() + 1), into);
            }
            return pending.getFirst();
        }
    }
}
