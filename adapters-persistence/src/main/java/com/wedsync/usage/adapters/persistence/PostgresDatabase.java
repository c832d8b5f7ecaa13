package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.partition.MonthlyPartitions;
import com.wedsync.usage.adapters.persistence.retention.RetentionSweep;
import com.wedsync.usage.adapters.persistence.rollup.RollupCompaction;
import com.wedsync.usage.adapters.persistence.rollup.RollupCompactor;
import com.wedsync.usage.adapters.persistence.sql.Migrations;
import com.wedsync.usage.adapters.persistence.usage.PostgresUsageEventLog;
import com.wedsync.usage.application.health.IngestBacklog;
import com.wedsync.usage.application.health.RollupBacklog;
import com.wedsync.usage.application.port.UsageEventLog;
import com.zaxxer.hikari.HikariDataSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The production store: PostgreSQL 15 or newer behind the application's store ports, for one or many service
 * nodes. Opening it migrates the schema (the common migrations and the PostgreSQL-only ones), seeds the default
 * tiers into a new database, creates the usage log's monthly partitions ahead of time and starts its daily
 * maintenance (partitions, retention) and the compaction of the rollup changes appends leave as delta rows. The
 * usage log is partitioned by month, ingests through COPY with group commit, and keeps idempotency exact across
 * partitions with a key table (docs/postgresql.md tells how).
 * An acknowledged usage event is committed, so it survives a crash of the service and of the database.
 */
public final class PostgresDatabase extends PooledStore {

    /**
     * Delta rows merged per compaction transaction. A chunk costs mostly per cell it writes, and deltas share cells,
     * so 40,000 write about a quarter of the cells per row that 10,000 did (docs/benchmarks.md, "Compaction of the
     * rollup deltas"); such a chunk still commits within about a second.
     */
    private static final int COMPACTION_CHUNK = 40_000;
    /** How long compaction rests once it has caught up; readers add what is left, so this bounds only its size. */
    private static final Duration COMPACTION_PAUSE = Duration.ofMillis(250);

    private final PostgresUsageEventLog usageEventLog;
    private final StoreMaintenance maintenance;
    private final RollupCompactor compactor;
    private final RollupCompaction compaction;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresDatabase(HikariDataSource pool, SqlPorts ports, PostgresUsageEventLog usageEventLog,
                             StoreMaintenance maintenance) {
        super(pool, ports, usageEventLog);
        this.usageEventLog = usageEventLog;
        this.maintenance = maintenance;
        this.compactor = new RollupCompactor(pool, COMPACTION_CHUNK);
        this.compaction = new RollupCompaction(compactor, COMPACTION_PAUSE);
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
            database.compaction.start();
            return database;
        } catch (RuntimeException e) {
            if (ports != null) {
                ports.decisionTallies().close();
            }
            pool.close();
            throw e;
        }
    }

    /**
     * Removes the raw events that have outlived their organization's tier retention at {@code now}, as the daily
     * maintenance does: whole months dropped, the rest deleted in bounded batches (RetentionJob tells how).
     */
    public RetentionSweep removeExpiredEvents(Instant now) {
        return maintenance.removeExpiredEvents(now);
    }

    /**
     * Merges every rollup change committed so far into its cell, as the background compaction does (docs/analytics.md
     * tells how); returns how many delta rows it merged. Answers are the same before and after.
     */
    public long compactRollups() {
        return compactor.compactAll();
    }

    @Override
    public RollupBacklog rollupBacklog() {
        return compaction.backlog();
    }

    @Override
    public Optional<IngestBacklog> ingestBacklog() {
        return Optional.of(usageEventLog.backlog());
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            maintenance.close();
            usageEventLog.close();
            compaction.close();
        } finally {
            try {
                ports.decisionTallies().close();
            } finally {
                pool.close();
            }
        }
    }
}
