package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The exact, idempotent, durable log of usage events. Time ranges are half-open: {@code [from, to)}.
 */
public interface UsageEventLog {

    /**
     * Appends a batch whose event ids are distinct. Returns one outcome per event, in order, only once every
     * stored event is durable (committed): an acknowledged event survives a crash of the process.
     */
    List<AppendOutcome> append(List<UsageEvent> events);

    /** Quarter-hour buckets of the organization's events in the range, oldest first, empty buckets left out. */
    List<UsageBucket> buckets(OrganizationId organization, Instant from, Instant to);

    /** The busiest endpoints by calls, at most {@code limit}, busiest first. */
    List<EndpointUsage> topEndpoints(OrganizationId organization, Instant from, Instant to, int limit);

    /** Calls per HTTP status. */
    Map<Integer, Long> statusCounts(OrganizationId organization, Instant from, Instant to);
}
