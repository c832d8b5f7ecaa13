package com.wedsync.usage.application.analytics;

import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/** An organization's usage over a period on its calendar, with today's daily quota. */
public record UsageReport(OrganizationId organizationId, TierName tier, UsageOverview overview,
                          QuotaToday quotaToday) {
}
