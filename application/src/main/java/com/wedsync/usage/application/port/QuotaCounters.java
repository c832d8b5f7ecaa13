package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/**
 * The counters behind every decision. Each call to {@link #decide} checks and consumes in one atomic step, on the
 * store's own clock (Redis's in production, the process's embedded), so concurrent callers never overshoot.
 */
public interface QuotaCounters {

    /**
     * Decides one call. {@code whenUnavailable} is the tier's answer to a shared store that cannot be reached in
     * time (DESIGN §2.4): decide locally with this node's share, or deny with {@code store_unavailable}. A store
     * that is never unavailable (the in-process one) ignores it.
     */
    Decision decide(OrganizationId organization, LimitSet limits, LocalCalendar calendar, long cost, boolean dryRun,
                    FailureMode whenUnavailable);

    /** Cost admitted today on the organization's calendar, by the store's clock. */
    long usedToday(OrganizationId organization, LocalCalendar calendar);
}
