package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.sql.Migrations;
import com.wedsync.usage.adapters.persistence.usage.SqlUsageEventLog;
import com.zaxxer.hikari.HikariDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded store: an H2 database in a directory (or in memory, for tests) behind the application's store
 * ports. Opening it migrates the schema and seeds the default tiers into a new database; closing it flushes the
 * decision tallies and shuts the database down. An acknowledged usage event survives a crash of the process
 * (H2DataSources tells how far H2's durability goes).
 */
public final class EmbeddedDatabase extends PooledStore {

    private EmbeddedDatabase(HikariDataSource pool, SqlPorts ports) {
        super(pool, ports, new SqlUsageEventLog(pool));
    }

    /** Opens (or creates) the database in {@code dataDir}; only one process at a time can have it open. */
    public static EmbeddedDatabase open(Path dataDir) {
        return start(H2DataSources.file(dataDir));
    }

    /** A database in memory under {@code name} (letters, digits, '_' or '-'), gone once closed. */
    public static EmbeddedDatabase inMemory(String name) {
        return start(H2DataSources.memory(name));
    }

    private static EmbeddedDatabase start(HikariDataSource pool) {
        try {
            Migrations.migrate(pool, Migrations.COMMON);
            return new EmbeddedDatabase(pool, SqlPorts.over(pool));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (pool.isClosed()) {
            return;
        }
        try {
            ports.decisionTallies().close();
        } finally {
            shutDown();
            pool.close();
        }
    }

    /** SHUTDOWN, because an in-memory database outlives its connections (DB_CLOSE_DELAY=-1) until told. */
    private void shutDown() {
        try (Connection connection = pool.getConnection(); Statement shutdown = connection.createStatement()) {
            shutdown.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed, or broken: either way there is nothing left to shut down.
        }
    }
}
