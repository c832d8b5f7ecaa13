package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.application.port.EndpointUsage;
import com.wedsync.usage.application.port.UsageBucket;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The usage log in the {@code usage_event} table. An append is one transaction holding one batch insert, and
 * returns only after the commit, so an acknowledged event is as durable as the database makes a commit.
 */
public final class SqlUsageEventLog implements UsageEventLog {

    private final DataSource dataSource;
    private final Statements sql;
    private final UsageAggregates aggregates;

    public SqlUsageEventLog(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Statements(dataSource);
        this.aggregates = new UsageAggregates(sql);
    }

    @Override
    public List<AppendOutcome> append(List<UsageEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return Transactions.inTransaction(dataSource, connection -> EventBatch.insert(connection, events));
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

    /** Deletes every event of the organization in one statement: the embedded store is small enough for that. */
    public void erase(OrganizationId organization) {
        sql.change("DELETE FROM usage_event WHERE organization_id = ?", organization.value());
    }
}
