package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.quota.LimitSet;

import java.time.Instant;

/**
 * One call to decide: when it arrives (by the deciding store's clock), the limits in force at that moment,
 * the organization's calendar, its cost in units, and whether to only look ({@code dryRun}: nothing consumed).
 */
public record QuotaRequest(Instant now, LimitSet limits, LocalCalendar calendar, long cost, boolean dryRun) {

    public QuotaRequest {
        Require.present(now, "now");
        Require.present(limits, "limits");
        Require.present(calendar, "calendar");
        Require.positive(cost, "cost");
    }
}
