package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.partition.MonthlyPartitions;
import com.wedsync.usage.adapters.persistence.retention.RetentionSweep;
import com.wedsync.usage.adapters.persistence.sql.Migrations;
import com.wedsync.usage.adapters.persistence.usage.PostgresUsageEventLog;
import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.zaxxer.hikari.HikariDataSource;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The production store: PostgreSQL 15 or newer behind the application's store ports, for one or many service
 * nodes. Opening it migrates the schema (the common migrations and the PostgreSQL-only ones), seeds the default
 * tiers into a new database, creates the usage log's monthly partitions ahead of time and starts its daily
 * maintenance (partitions, retention). The usage log is partitioned by month, ingests through COPY with group
 * commit, and keeps idempotency exact across partitions with a key table (docs/postgresql.md tells how).
 * An acknowledged usage event is committed, so it survives a crash of the service and of the database.
 */
public final class PostgresDatabase implements UsageStore {

    private final HikariDataSource pool;
    private final SqlPorts ports;
    private final PostgresUsageEventLog usageEventLog;
    private final StoreMaintenance maintenance;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresDatabase(HikariDataSource pool, SqlPorts ports, PostgresUsageEventLog usageEventLog,
                             StoreMaintenance maintenance) {
        this.pool = pool;
        this.ports = ports;
        this.usageEventLog = usageEventLog;
        this.maintenance = maintenance;
    }

    /**
     * Connects to the database at {@code jdbcUrl} ({@code jdbc:postgresql://host:port/database}) and brings it up
     * to date; fails with an exception that names the server when it cannot.
     */
    public static PostgresDatabase open(String jdbcUrl, String user, String password) {
        HikariDataSource pool = PostgresDataSources.pool(jdbcUrl, user, password);
        SqlPorts ports = null;
        try {
            Migrations.migrate(pool, Migrations.COMMON, Migrations.POSTGRESQL);
            ports = SqlPorts.over(pool);
            MonthlyPartitions partitions = new MonthlyPartitions(pool);
            StoreMaintenance maintenance = new StoreMaintenance(pool, partitions, Clock.systemUTC());
            maintenance.preparePartitions();
            PostgresDatabase database = new PostgresDatabase(pool, ports,
                    new PostgresUsageEventLog(pool, partitions), maintenance);
            maintenance.startDaily();
            return database;
        } catch (RuntimeException e) {
            if (ports != null) {
                ports.decisionTallies().close();
            }
            pool.close();
            throw e;
        }
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
    public UsageEventLog usageEventLog() {
        return usageEventLog;
    }

    @Override
    public DecisionTallies decisionTallies() {
        return ports.decisionTallies();
    }

    @Override
    public boolean isHealthy() {
        return !pool.isClosed() && SqlPorts.isHealthy(pool);
    }

    /** The organization's rows in one transaction, then its events partition by partition in bounded batches. */
    @Override
    public void eraseOrganization(OrganizationId organization) {
        ports.eraseOrganizationRecords(organization);
        usageEventLog.erase(organization);
    }

    /**
     * Removes the raw events that have outlived their organization's tier retention at {@code now}, as the daily
     * maintenance does: whole months dropped, the rest deleted in bounded batches (RetentionJob tells how).
     */
    public RetentionSweep removeExpiredEvents(Instant now) {
        return maintenance.removeExpiredEvents(now);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            maintenance.close();
            usageEventLog.close();
        } finally {
            try {
                ports.decisionTallies().close();
            } finally {
                pool.close();
            }
        }
    }
}
