package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wedsync.usage.application.analytics.QuotaToday;
import com.wedsync.usage.application.analytics.UsageReport;

/** An organization's usage report on the wire: the overview inline, with the organization and today's quota. */
public record UsageReportJson(String organizationId, String tier, @JsonUnwrapped OverviewJson overview,
                              QuotaTodayJson quotaToday) {

    /**
     * Today's daily quota; {@code limit} and {@code remaining} are left out when the daily quota is unlimited, and
     * {@code projectedExhaustionAt} when today's pace does not exhaust it before {@code resetsAt}.
     */
    public record QuotaTodayJson(String day, @JsonInclude(JsonInclude.Include.NON_NULL) Long limit, long used,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Long remaining, String resetsAt,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String projectedExhaustionAt) {
        static QuotaTodayJson fromDomain(QuotaToday quota) {
            return new QuotaTodayJson(quota.day().toString(), quota.limit(), quota.used(), quota.remaining(),
                    quota.resetsAt().toString(),
                    quota.projectedExhaustionAt() == null ? null : quota.projectedExhaustionAt().toString());
        }
    }

    static UsageReportJson fromDomain(UsageReport report) {
        return new UsageReportJson(report.organizationId().value(), report.tier().value(),
                OverviewJson.fromDomain(report.overview()), QuotaTodayJson.fromDomain(report.quotaToday()));
    }
}
