package com.wedsync.usage.application.billing;

import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.ZoneId;
import java.util.List;

/** Every local day of the period, oldest first, days without usage included as zeros. */
public record DailyUsageExport(OrganizationId organizationId, ZoneId timeZone, List<DailyUsage> days) {

    public DailyUsageExport {
        days = List.copyOf(days);
    }
}
