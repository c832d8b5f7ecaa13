package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.UsageBucket;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Folds quarter-hour buckets into periods of the organization's calendar and sums them. */
final class SeriesFolder {

    private SeriesFolder() {
    }

    static List<SeriesPoint> fold(List<UsageBucket> buckets, ZoneId zone, Granularity granularity) {
        // Keyed by the instant a period starts: local date-times repeat when clocks fall back, instants do not.
        Map<Instant, List<UsageBucket>> periods = new TreeMap<>();
        for (UsageBucket bucket : buckets) {
            ZonedDateTime local = ZonedDateTime.ofInstant(bucket.start(), zone);
            periods.computeIfAbsent(granularity.periodStart(local).toInstant(), ignored -> new ArrayList<>())
                    .add(bucket);
        }
        List<SeriesPoint> series = new ArrayList<>(periods.size());
        periods.forEach((start, members) -> series.add(new SeriesPoint(LocalDateTime.ofInstant(start, zone),
                start, totals(members))));
        return series;
    }

    static UsageTotals totals(Collection<UsageBucket> buckets) {
        long calls = 0;
        long clientErrors = 0;
        long serverErrors = 0;
        long requestBytes = 0;
        long responseBytes = 0;
        long latencyCount = 0;
        long latencySum = 0;
        for (UsageBucket bucket : buckets) {
            calls += bucket.calls();
            clientErrors += bucket.clientErrors();
            serverErrors += bucket.serverErrors();
            requestBytes += bucket.requestBytes();
            responseBytes += bucket.responseBytes();
            latencyCount += bucket.latencyCount();
            latencySum += bucket.latencySumMs();
        }
        double errorRate = calls == 0 ? 0 : (double) (clientErrors + serverErrors) / calls;
        Double meanLatency = latencyCount == 0 ? null : (double) latencySum / latencyCount;
        return new UsageTotals(calls, clientErrors, serverErrors, errorRate, requestBytes, responseBytes, meanLatency);
    }
}
