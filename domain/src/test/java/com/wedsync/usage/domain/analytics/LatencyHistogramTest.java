package com.wedsync.usage.domain.analytics;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatencyHistogramTest {

    @Test
    void aDaysP95IsThatOfItsMergedHoursNotTheAverageOfTheirs() {
        // CASES U3: hour A has 1,000 calls of 10 ms, hour B 10 calls of 1,000 ms.
        LatencyHistogram hourA = LatencyHistogram.of(IntStream.generate(() -> 10).limit(1_000).toArray());
        LatencyHistogram hourB = LatencyHistogram.of(IntStream.generate(() -> 1_000).limit(10).toArray());
        LatencyHistogram day = LatencyHistogram.empty();
        day.add(hourA);
        day.add(hourB);

        assertThat(day.percentile(95)).hasValue(10);
        assertThat(day.count()).isEqualTo(1_010);
    }

    @Test
    void twentyCallsOfOneToTwentyMillisecondsHaveAP95OfNineteenByNearestRank() {
        LatencyHistogram histogram = LatencyHistogram.of(IntStream.rangeClosed(1, 20).toArray());

        assertThat(histogram.percentile(95)).hasValue(19);
        assertThat(histogram.percentile(50)).hasValue(10);
        assertThat(histogram.percentile(100)).hasValue(20);
    }

    @Test
    void latenciesAbove256MillisecondsAreReportedAtMostOnePercentHigh() {
        LatencyHistogram histogram = LatencyHistogram.of(1_000);
        int reported = histogram.percentile(50).getAsInt();

        assertThat(reported).isBetween(1_000, 1_010);
        assertThat(LatencyHistogram.of(3_600_000).percentile(99).getAsInt()).isBetween(3_600_000, 3_636_000);
    }

    @Test
    void anEmptyHistogramHasNoPercentiles() {
        assertThat(LatencyHistogram.empty().percentile(95)).isEmpty();
        assertThat(LatencyHistogram.empty().count()).isZero();
    }

    @Test
    void theStoredFormReadsBackAsTheSameHistogram() {
        LatencyHistogram histogram = LatencyHistogram.of(0, 0, 7, 255, 256, 257, 99_999, 3_600_000);

        LatencyHistogram read = LatencyHistogram.fromBytes(histogram.toBytes());

        assertThat(read).isEqualTo(histogram);
        assertThat(read.percentile(50)).isEqualTo(histogram.percentile(50));
        assertThat(LatencyHistogram.fromBytes(LatencyHistogram.empty().toBytes())).isEqualTo(LatencyHistogram.empty());
    }

    @Test
    void aCorruptStoredFormIsRefusedWithAReason() {
        assertThatThrownBy(() -> LatencyHistogram.fromBytes(new byte[0])).hasMessageContaining("format byte");
        assertThatThrownBy(() -> LatencyHistogram.fromBytes(new byte[] {1, 2, 5})).hasMessageContaining("ends");
        assertThatThrownBy(() -> LatencyHistogram.fromBytes(new byte[] {1, 1, 5, 0}))
                .hasMessageContaining("positive counts");
    }

    @Test
    void percentilesOutsideZeroToHundredAndLatenciesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> LatencyHistogram.of(1).percentile(0)).hasMessageContaining("'percentile'");
        assertThatThrownBy(() -> LatencyHistogram.of(1).percentile(100.5)).hasMessageContaining("'percentile'");
        assertThatThrownBy(() -> LatencyHistogram.of(-1)).hasMessageContaining("'latencyMs'");
        assertThatThrownBy(() -> LatencyHistogram.of(3_600_001)).hasMessageContaining("'latencyMs'");
    }

    @Test
    void everyBucketHoldsItsOwnHighestValueAndNoGapsLieBetweenBuckets() {
        int previousHighest = -1;
        for (int index = 0; index < LatencyBuckets.indexOf(LatencyBuckets.MAX_MS) + 1; index++) {
            int highest = LatencyBuckets.highestIn(index);
            assertThat(LatencyBuckets.indexOf(Math.min(highest, LatencyBuckets.MAX_MS))).isEqualTo(index);
            assertThat(LatencyBuckets.indexOf(previousHighest + 1)).isEqualTo(index);
            previousHighest = highest;
        }
    }

    @Test
    void anAccumulatorThatTurnsDenseReportsWritesAndEqualsAsTheSparseOne() {
        LatencyHistogram merged = LatencyHistogram.empty();
        LatencyHistogram direct = LatencyHistogram.empty();
        for (int cell = 0; cell < 50; cell++) {
            LatencyHistogram part = LatencyHistogram.empty();
            for (int latency = cell; latency < 2_000; latency += 7) {
                part.record(latency);
                direct.record(latency);
            }
            merged.add(part);
        }
        merged.record(12_345);
        direct.record(12_345);

        assertThat(merged).isEqualTo(direct).hasSameHashCodeAs(direct);
        assertThat(merged.count()).isEqualTo(direct.count());
        for (double percentile : new double[] {1, 50, 95, 99, 100}) {
            assertThat(merged.percentile(percentile)).as("p%s", percentile).isEqualTo(direct.percentile(percentile));
        }
        assertThat(LatencyHistogram.fromBytes(merged.toBytes())).isEqualTo(direct);
        merged.add(LatencyHistogram.of(1));
        assertThat(merged.count()).isEqualTo(direct.count() + 1);
    }
}
