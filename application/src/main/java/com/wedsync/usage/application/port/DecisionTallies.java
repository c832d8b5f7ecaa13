package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Counts of decisions per organization, per local day and per quarter hour, kept apart from quota: denials never
 * use quota.
 */
public interface DecisionTallies {

    /** Counts a decision made at {@code at}, on {@code localDay} of the organization's calendar. */
    void record(OrganizationId organization, LocalDate localDay, Instant at, Decision decision);

    /** The tally of the organization's local days from {@code first} to {@code last}, both included. */
    DecisionTally tally(OrganizationId organization, LocalDate first, LocalDate last);

    /** The scope's decisions per quarter hour in {@code [from, to)}, oldest first; quarter hours without any left out. */
    List<DecisionBucket> quarterHours(UsageScope scope, Instant from, Instant to);

    /**
     * Each scope's decisions in the quarter hours of {@code [from, to)}, for many scopes at once; a scope without
     * decisions in the range is absent from the answer.
     */
    Map<UsageScope, DecisionTally> totals(Collection<UsageScope> scopes, Instant from, Instant to);

    /** The organizations denied at least {@code atLeast} times in the quarter hours of {@code [from, to)}. */
    List<OrganizationId> organizationsDenied(Instant from, Instant to, long atLeast);

}
