package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.LocalDate;

/** Counts of decisions per organization and local day, kept apart from quota: denials never use quota. */
public interface DecisionTallies {

    void record(OrganizationId organization, LocalDate localDay, Decision decision);

    /** The tally of the organization's local days from {@code first} to {@code last}, both included. */
    DecisionTally tally(OrganizationId organization, LocalDate first, LocalDate last);

    /** The tally of every organization's local days from {@code first} to {@code last}, both included. */
    DecisionTally tallyOfAll(LocalDate first, LocalDate last);
}
