package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.alerting.Reading;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.OptionalLong;

/**
 * An organization's quota utilization now: the cost admitted today on its calendar over its daily limit, read from
 * the counters that decide (so it is what the next decision sees). An unlimited day is never used up: 0.
 */
final class QuotaUse {

    private final TenantDirectory directory;
    private final QuotaCounters counters;

    QuotaUse(TenantDirectory directory, QuotaCounters counters) {
        this.directory = directory;
        this.counters = counters;
    }

    Reading of(OrganizationId id) {
        Organization organization = directory.organization(id).orElse(null);
        if (organization == null) {
            return Reading.noData();
        }
        OptionalLong daily = directory.limitsOf(organization).limit(LimitName.DAILY);
        if (daily.isEmpty()) {
            return Reading.of(0);
        }
        long used = counters.usedToday(id, new LocalCalendar(organization.timeZone()));
        return Reading.of(Math.min(1.0, (double) used / daily.getAsLong()));
    }
}
