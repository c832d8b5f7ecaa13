package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.rollup.RollupErasure;
import com.wedsync.usage.adapters.persistence.rollup.RollupWriter;
import com.wedsync.usage.adapters.persistence.rollup.SystemShards;
import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.domain.analytics.UsageRollup;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * The usage log in the {@code usage_event} table. An append is one transaction holding one batch insert and the
 * rollup changes of the events it stored, and returns only after the commit, so an acknowledged event is as durable as the database makes a commit.
 */
public final class SqlUsageEventLog extends AggregatedUsageEventLog {

    private final DataSource dataSource;
    private final Statements sql;

    public SqlUsageEventLog(DataSource dataSource) {
        this(dataSource, new Statements(dataSource));
    }

    private SqlUsageEventLog(DataSource dataSource, Statements sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    @Override
    public List<AppendOutcome> append(List<UsageEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return Transactions.inTransaction(dataSource, connection -> {
            List<AppendOutcome> outcomes = EventBatch.insert(connection, events);
            List<UsageEvent> stored = IntStream.range(0, events.size())
                    .filter(i -> outcomes.get(i) == AppendOutcome.STORED).mapToObj(events::get).toList();
            RollupWriter.add(connection, UsageRollup.of(stored, SystemShards.pick()));
            return outcomes;
        });
    }

    /** In one statement: the embedded store is small enough for that. */
    @Override
    public void erase(OrganizationId organization) {
        sql.change("DELETE FROM usage_event WHERE organization_id = ?", organization.value());
        RollupErasure.eraseCells(dataSource, organization);
    }
}
