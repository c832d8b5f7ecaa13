package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.DecisionBucket;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.application.port.UsageBucket;
import com.wedsync.usage.domain.analytics.UsageMeasures;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds quarter-hour buckets of usage and of decisions into periods of a calendar and sums them: counts add,
 * histograms merge (a period's p95 comes from the merged histogram of its quarter hours, never from their
 * percentiles). A period appears when it had calls or decisions.
 */
final class SeriesFolder {

    private SeriesFolder() {
    }

    static List<SeriesPoint> fold(List<UsageBucket> buckets, List<DecisionBucket> decisions, ZoneId zone,
                                  Granularity granularity) {
        // Keyed by the instant a period starts: local date-times repeat when clocks fall back, instants do not.
        Map<Instant, UsageMeasures> periods = new TreeMap<>();
        Map<Instant, DecisionTally> decided = new TreeMap<>();
        for (UsageBucket bucket : buckets) {
            periods.computeIfAbsent(periodStart(bucket.start(), zone, granularity), ignored -> UsageMeasures.none())
                    .add(bucket.measures());
        }
        for (DecisionBucket bucket : decisions) {
            Instant start = periodStart(bucket.start(), zone, granularity);
            decided.merge(start, bucket.tally(), DecisionTally::plus);
            periods.computeIfAbsent(start, ignored -> UsageMeasures.none());
        }
        List<SeriesPoint> series = new ArrayList<>(periods.size());
        periods.forEach((start, measures) -> series.add(new SeriesPoint(LocalDateTime.ofInstant(start, zone),
                start, UsageTotals.of(measures), decided.getOrDefault(start, DecisionTally.NONE))));
        return series;
    }

    static UsageMeasures sum(Collection<UsageBucket> buckets) {
        UsageMeasures sum = UsageMeasures.none();
        buckets.forEach(bucket -> sum.add(bucket.measures()));
        return sum;
    }

    static DecisionTally sumDecisions(Collection<DecisionBucket> buckets) {
        return buckets.stream().map(DecisionBucket::tally).reduce(DecisionTally.NONE, DecisionTally::plus);
    }

    private static Instant periodStart(Instant instant, ZoneId zone, Granularity granularity) {
        return granularity.periodStart(ZonedDateTime.ofInstant(instant, zone)).toInstant();
    }
}
