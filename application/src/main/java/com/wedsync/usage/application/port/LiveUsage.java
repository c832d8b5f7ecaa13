package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.util.List;

/**
 * Hears, as they happen, of the decisions taken and the usage events stored: the feed of the live stream. It is
 * told after the fact and in memory only, so an implementation must be quick and must never fail its caller.
 */
public interface LiveUsage {

    /** For callers wired without a live stream. */
    LiveUsage NONE = new LiveUsage() {
        @Override
        public void decided(OrganizationId organization, Decision decision, Instant at) {
        }

        @Override
        public void recorded(List<UsageEvent> events, List<AppendOutcome> outcomes, Instant at) {
        }
    };

    /** A decision that was not a dry run, taken at {@code at}. */
    void decided(OrganizationId organization, Decision decision, Instant at);

    /**
     * An appended batch and its outcomes, one per event in the same order, at {@code at}: the events that were
     * {@link AppendOutcome#STORED} are new calls; duplicates are not.
     */
    void recorded(List<UsageEvent> events, List<AppendOutcome> outcomes, Instant at);
}
