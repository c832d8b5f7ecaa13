package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.zaxxer.hikari.HikariDataSource;

/**
 * What the embedded and the PostgreSQL store share: a connection pool and the SQL ports over it. They differ in
 * their usage log (one table, or monthly partitions with COPY ingest) and in how they open and close.
 */
abstract sealed class PooledStore implements UsageStore permits EmbeddedDatabase, PostgresDatabase {

    final HikariDataSource pool;
    final SqlPorts ports;

    PooledStore(HikariDataSource pool, SqlPorts ports) {
        this.pool = pool;
        this.ports = ports;
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
    public boolean isHealthy() {
        return !pool.isClosed() && SqlPorts.isHealthy(pool);
    }

    /** The organization's rows in one transaction, then its usage events. */
    @Override
    public void eraseOrganization(OrganizationId organization) {
        ports.eraseOrganizationRecords(organization);
        eraseUsageEvents(organization);
    }

    abstract void eraseUsageEvents(OrganizationId organization);
}
