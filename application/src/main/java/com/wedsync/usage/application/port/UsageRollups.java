package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.analytics.UsageMeasures;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The rollups of the usage log, which the log keeps in the same transaction as the events, so that they always
 * sum to exactly the events stored. Ranges are half-open, {@code [from, to)}, and whole quarter hours (UTC-aligned):
 * the granularity of the rollups.
 */
public interface UsageRollups {

    /** The scope's quarter hours that had calls, oldest first. */
    List<UsageBucket> quarterHours(UsageScope scope, Instant from, Instant to);

    /** The scope's calls and errors in the range, summed by the store (no histograms read). */
    UsageCounts counts(UsageScope scope, Instant from, Instant to);

    /** Every route the scope called in the range, with its measures over the whole range, in no order. */
    List<RouteUsage> routes(UsageScope scope, Instant from, Instant to);

    /**
     * Each scope's measures over the range, summed over its quarter hours, for many scopes at once (the alert
     * evaluator reads every rule's window this way, not one statement per rule). A scope without calls in the range
     * is absent from the answer.
     */
    Map<UsageScope, UsageMeasures> totals(Collection<UsageScope> scopes, Instant from, Instant to);

    /** The organizations with the most calls in the range, at most {@code limit}, busiest first. */
    List<OrganizationCalls> busiestOrganizations(Instant from, Instant to, int limit);
}
