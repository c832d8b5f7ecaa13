package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.application.port.EndpointUsage;
import com.wedsync.usage.application.port.UsageBucket;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the embedded and the PostgreSQL usage logs share: the same SQL aggregates for every read (on PostgreSQL the
 * planner prunes them to the partitions of the asked range). They differ in how they append and erase.
 */
public abstract sealed class AggregatedUsageEventLog implements UsageEventLog
        permits SqlUsageEventLog, PostgresUsageEventLog {

    private final UsageAggregates aggregates;

    AggregatedUsageEventLog(UsageAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public List<UsageBucket> buckets(OrganizationId organization, Instant from, Instant to) {
        return aggregates.buckets(organization, from, to);
    }

    @Override
    public List<EndpointUsage> topEndpoints(OrganizationId organization, Instant from, Instant to, int limit) {
        return aggregates.topEndpoints(organization, from, to, limit);
    }

    @Override
    public Map<Integer, Long> statusCounts(OrganizationId organization, Instant from, Instant to) {
        return aggregates.statusCounts(organization, from, to);
    }

    /** Deletes every event of the organization, with the keys that make appends idempotent. */
    public abstract void erase(OrganizationId organization);
}
