package com.wedsync.usage.application.analytics;

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
 * Folds quarter-hour buckets into periods of a calendar and sums them: counts add, histograms merge (a period's
 * p95 comes from the merged histogram of its quarter hours, never from their percentiles).
 */
final class SeriesFolder {

    private SeriesFolder() {
    }

    static List<SeriesPoint> fold(List<UsageBucket> buckets, ZoneId zone, Granularity granularity) {
        // Keyed by the instant a period starts: local date-times repeat when clocks fall back, instants do not.
        Map<Instant, UsageMeasures> periods = new TreeMap<>();
        for (UsageBucket bucket : buckets) {
            ZonedDateTime local = ZonedDateTime.ofInstant(bucket.start(), zone);
            periods.computeIfAbsent(granularity.periodStart(local).toInstant(), ignored -> UsageMeasures.none())
                    .add(bucket.measures());
        }
        List<SeriesPoint> series = new ArrayList<>(periods.size());
        periods.forEach((start, measures) -> series.add(new SeriesPoint(LocalDateTime.ofInstant(start, zone),
                start, UsageTotals.of(measures))));
        return series;
    }

    static UsageMeasures sum(Collection<UsageBucket> buckets) {
        UsageMeasures sum = UsageMeasures.none();
        buckets.forEach(bucket -> sum.add(bucket.measures()));
        return sum;
    }
}
