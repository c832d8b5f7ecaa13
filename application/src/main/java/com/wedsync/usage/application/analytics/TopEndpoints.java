package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.RouteUsage;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The busiest routes three ways: by calls, by errors (4xx and 5xx; routes without errors left out) and by p95
 * latency (routes without latencies left out). Ties go to the route that sorts first, so answers are stable.
 */
public record TopEndpoints(List<EndpointSummary> byCalls, List<EndpointSummary> byErrors,
                           List<EndpointSummary> byP95Latency) {

    public static final int SIZE = 10;

    public TopEndpoints {
        byCalls = List.copyOf(byCalls);
        byErrors = List.copyOf(byErrors);
        byP95Latency = List.copyOf(byP95Latency);
    }

    static TopEndpoints of(List<RouteUsage> routes) {
        List<EndpointSummary> summaries = routes.stream()
                .map(usage -> new EndpointSummary(usage.route(), UsageTotals.of(usage.measures()))).toList();
        return new TopEndpoints(top(summaries, summary -> summary.totals().calls()),
                top(summaries, summary -> summary.totals().clientErrors() + summary.totals().serverErrors()),
                top(summaries, summary -> summary.totals().latency().p95Ms() == null ? 0
                        : summary.totals().latency().p95Ms()));
    }

    private static List<EndpointSummary> top(List<EndpointSummary> summaries, ToLongFunction<EndpointSummary> by) {
        return summaries.stream().filter(summary -> by.applyAsLong(summary) > 0)
                .sorted(Comparator.comparingLong(by).reversed().thenComparing(EndpointSummary::route))
                .limit(SIZE).toList();
    }
}
