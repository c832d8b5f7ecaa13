package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wedsync.usage.application.analytics.EndpointSummary;
import com.wedsync.usage.application.analytics.Growth;
import com.wedsync.usage.application.analytics.SeriesPoint;
import com.wedsync.usage.application.analytics.TopEndpoints;
import com.wedsync.usage.application.analytics.UsageOverview;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.domain.quota.LimitName;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the organization and the system reports share, on the wire. Instants are ISO-8601 UTC; {@code localStart}
 * is the same period start on the report's calendar, which is what a chart of local days labels.
 */
public record OverviewJson(String timeZone, String from, String to, String granularity, TotalsJson totals,
                           List<SeriesPointJson> series, TopEndpointsJson topEndpoints,
                           Map<String, Long> statusBreakdown, Map<String, Long> statusClasses,
                           DecisionsJson decisions, GrowthJson growth) {

    /** One period of the series, its totals inline, with the decisions made in it. */
    public record SeriesPointJson(String start, String localStart, @JsonUnwrapped TotalsJson totals,
                                  DecisionsJson decisions) {
        static SeriesPointJson fromDomain(SeriesPoint point) {
            return new SeriesPointJson(point.start().toString(), point.localStart().toString(),
                    TotalsJson.fromDomain(point.totals()), DecisionsJson.fromDomain(point.decisions()));
        }
    }

    public record EndpointJson(String endpoint, String method, @JsonUnwrapped TotalsJson totals) {
        static EndpointJson fromDomain(EndpointSummary summary) {
            return new EndpointJson(summary.route().endpoint().template(), summary.route().method().name(),
                    TotalsJson.fromDomain(summary.totals()));
        }
    }

    public record TopEndpointsJson(List<EndpointJson> byCalls, List<EndpointJson> byErrors,
                                   List<EndpointJson> byP95Latency) {
        static TopEndpointsJson fromDomain(TopEndpoints top) {
            return new TopEndpointsJson(top.byCalls().stream().map(EndpointJson::fromDomain).toList(),
                    top.byErrors().stream().map(EndpointJson::fromDomain).toList(),
                    top.byP95Latency().stream().map(EndpointJson::fromDomain).toList());
        }
    }

    /** Decisions made in the range; every limit is listed in {@code deniedByLimit}, with 0 when it denied none. */
    public record DecisionsJson(long admitted, long denied, Map<String, Long> deniedByLimit) {
        static DecisionsJson fromDomain(DecisionTally tally) {
            Map<String, Long> byLimit = new LinkedHashMap<>();
            for (LimitName name : LimitName.values()) {
                byLimit.put(name.wireName(), tally.deniedByLimit().getOrDefault(name, 0L));
            }
            return new DecisionsJson(tally.admitted(), tally.denied(), byLimit);
        }
    }

    /** Against the period of the same length before; {@code callsChange} is left out when that had no calls. */
    public record GrowthJson(String previousFrom, String previousTo, long previousCalls, double previousErrorRate,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double callsChange,
                             double errorRateChange) {
        static GrowthJson fromDomain(Growth growth) {
            return new GrowthJson(growth.previousFrom().toString(), growth.previousTo().toString(),
                    growth.previous().calls(), growth.previous().errorRate(), growth.callsChange(),
                    growth.errorRateChange());
        }
    }

    static OverviewJson fromDomain(UsageOverview overview) {
        return new OverviewJson(overview.timeZone().getId(), overview.from().toString(), overview.to().toString(),
                overview.granularity().wireName(), TotalsJson.fromDomain(overview.totals()),
                overview.series().stream().map(SeriesPointJson::fromDomain).toList(),
                TopEndpointsJson.fromDomain(overview.topEndpoints()), byStatus(overview.statusBreakdown()),
                byClass(overview.statusBreakdown()), DecisionsJson.fromDomain(overview.decisions()),
                GrowthJson.fromDomain(overview.growth()));
    }

    private static Map<String, Long> byStatus(Map<Integer, Long> counts) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        new TreeMap<>(counts).forEach((status, calls) -> byStatus.put(Integer.toString(status), calls));
        return byStatus;
    }

    /** Calls per status class, "1xx" to "5xx", each listed with 0 when none. */
    private static Map<String, Long> byClass(Map<Integer, Long> counts) {
        Map<String, Long> byClass = new LinkedHashMap<>();
        for (int statusClass = 1; statusClass <= 5; statusClass++) {
            byClass.put(statusClass + "xx", 0L);
        }
        counts.forEach((status, calls) -> byClass.merge(status / 100 + "xx", calls, Long::sum));
        return byClass;
    }
}
