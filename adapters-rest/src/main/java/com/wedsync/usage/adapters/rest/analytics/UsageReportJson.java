package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wedsync.usage.application.analytics.QuotaToday;
import com.wedsync.usage.application.analytics.SeriesPoint;
import com.wedsync.usage.application.analytics.UsageReport;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.application.port.EndpointUsage;
import com.wedsync.usage.domain.quota.LimitName;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An organization's usage report on the wire. Instants are ISO-8601 UTC; {@code localStart} is the same period
 * start on the organization's calendar, which is what a chart of local days labels.
 */
public record UsageReportJson(String organizationId, String tier, String timeZone, String from, String to,
                              String granularity, TotalsJson totals, List<SeriesPointJson> series,
                              List<EndpointJson> topEndpoints, Map<String, Long> statusBreakdown,
                              DecisionsJson decisions, QuotaTodayJson quotaToday) {

    /** One period of the series, its totals inline. */
    public record SeriesPointJson(String start, String localStart, @JsonUnwrapped TotalsJson totals) {
        static SeriesPointJson fromDomain(SeriesPoint point) {
            return new SeriesPointJson(point.start().toString(), point.localStart().toString(),
                    TotalsJson.fromDomain(point.totals()));
        }
    }

    public record EndpointJson(String endpoint, String method, long calls, long errors) {
        static EndpointJson fromDomain(EndpointUsage usage) {
            return new EndpointJson(usage.endpoint(), usage.method(), usage.calls(), usage.errors());
        }
    }

    /** Decisions over the period; every limit is listed in {@code deniedByLimit}, with 0 when it denied none. */
    public record DecisionsJson(long admitted, long denied, Map<String, Long> deniedByLimit) {
        static DecisionsJson fromDomain(DecisionTally tally) {
            Map<String, Long> byLimit = new LinkedHashMap<>();
            for (LimitName name : LimitName.values()) {
                byLimit.put(name.wireName(), tally.deniedByLimit().getOrDefault(name, 0L));
            }
            return new DecisionsJson(tally.admitted(), tally.denied(), byLimit);
        }
    }

    /** Today's daily quota; {@code limit} and {@code remaining} are left out when the daily quota is unlimited. */
    public record QuotaTodayJson(String day, @JsonInclude(JsonInclude.Include.NON_NULL) Long limit, long used,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Long remaining, String resetsAt) {
        static QuotaTodayJson fromDomain(QuotaToday quota) {
            return new QuotaTodayJson(quota.day().toString(), quota.limit(), quota.used(), quota.remaining(),
                    quota.resetsAt().toString());
        }
    }

    static UsageReportJson fromDomain(UsageReport report) {
        return new UsageReportJson(report.organizationId().value(), report.tier().value(),
                report.timeZone().getId(), report.from().toString(), report.to().toString(),
                report.granularity().wireName(), TotalsJson.fromDomain(report.totals()),
                report.series().stream().map(SeriesPointJson::fromDomain).toList(),
                report.topEndpoints().stream().map(EndpointJson::fromDomain).toList(),
                statusBreakdown(report.statusBreakdown()), DecisionsJson.fromDomain(report.decisions()),
                QuotaTodayJson.fromDomain(report.quotaToday()));
    }

    private static Map<String, Long> statusBreakdown(Map<Integer, Long> counts) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        new TreeMap<>(counts).forEach((status, calls) -> byStatus.put(Integer.toString(status), calls));
        return byStatus;
    }
}
