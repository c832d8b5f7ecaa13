package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.application.port.EndpointUsage;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * An organization's usage over a period: totals and series from the usage log, decisions (admitted, denied per
 * limit) over the local days the period touches, and the daily quota of today.
 */
public record UsageReport(OrganizationId organizationId, TierName tier, ZoneId timeZone, Instant from, Instant to,
                          Granularity granularity, UsageTotals totals, List<SeriesPoint> series,
                          List<EndpointUsage> topEndpoints, Map<Integer, Long> statusBreakdown,
                          DecisionTally decisions, QuotaToday quotaToday) {
}
