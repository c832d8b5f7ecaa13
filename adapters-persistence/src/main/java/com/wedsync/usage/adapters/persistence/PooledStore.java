package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.rollup.QueryLimits;
import com.wedsync.usage.adapters.persistence.rollup.RollupCheck;
import com.wedsync.usage.adapters.persistence.rollup.RollupCheckReport;
import com.wedsync.usage.adapters.persistence.rollup.RollupReader;
import com.wedsync.usage.adapters.persistence.usage.AggregatedUsageEventLog;
import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Silences;
import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.port.WebhookDeliveries;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.zaxxer.hikari.HikariDataSource;

import java.time.Instant;

/**
 * What the embedded and the PostgreSQL store share: a connection pool, the SQL ports over it and the rollups the
 * usage log keeps, read the same way on both. They differ in that log's appends (one table, or monthly partitions with COPY ingest)
 * and in how they open and close.
 */
abstract sealed class PooledStore implements UsageStore permits EmbeddedDatabase, PostgresDatabase {

    final HikariDataSource pool;
    final SqlPorts ports;
    private final AggregatedUsageEventLog usageEventLog;
    private final RollupReader usageRollups;

    PooledStore(HikariDataSource pool, SqlPorts ports, AggregatedUsageEventLog usageEventLog) {
        this.pool = pool;
        this.ports = ports;
        this.usageEventLog = usageEventLog;
        this.usageRollups = new RollupReader(pool, QueryLimits.DEFAULT);
    }

    @Override
    public UsageRollups usageRollups() {
        return usageRollups;
    }

    @Override
    public RollupCheckReport checkRollups(Instant since) {
        return new RollupCheck(pool).run(since);
    }

    @Override
    public UsageEventLog usageEventLog() {
        return usageEventLog;
    }

    @Override
    public Organizations organizations() {
        return ports.organizations();
    }

    @Override
    public ApiKeys apiKeys() {
        return ports.apiKeys();
    }

    @Override
    public ManagementTokens managementTokens() {
        return ports.managementTokens();
    }

    @Override
    public Tiers tiers() {
        return ports.tiers();
    }

    @Override
    public DecisionTallies decisionTallies() {
        return ports.decisionTallies();
    }

    @Override
    public Incidents incidents() {
        return ports.incidents();
    }

    @Override
    public AlertRules alertRules() {
        return ports.alertRules();
    }

    @Override
    public Silences silences() {
        return ports.silences();
    }

    @Override
    public WebhookDeliveries webhookDeliveries() {
        return ports.webhookDeliveries();
    }

    @Override
    public boolean isHealthy() {
        return !pool.isClosed() && SqlPorts.isHealthy(pool);
    }

    /** The organization's rows in one transaction, then its usage events. */
    @Override
    public void eraseOrganization(OrganizationId organization) {
        ports.eraseOrganizationRecords(organization);
        usageEventLog.erase(organization);
    }
}
