package com.wedsync.usage.benchmarks.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The CPU time of the PostgreSQL backends connected to one database, read from {@code /proc} (the server runs on
 * this machine): what the database spent serving this benchmark, and nothing that other databases cost.
 */
class PostgresBackends {

    static final PostgresBackends NONE = new PostgresBackends(null) {
        @Override
        long cpuNanos() {
            return 0;
        }
    };

    private static final long TICKS_PER_SECOND = 100;

    private final String url;

    private PostgresBackends(String url) {
        this.url = url;
    }

    static PostgresBackends of(String url) {
        return new PostgresBackends(url);
    }

    static void recreate(String url) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection server = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1)
                + "postgres", "postgres", ""); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
    }

    /** User and system CPU of every backend now connected to the database, in nanoseconds. */
    long cpuNanos() {
        long ticks = 0;
        for (long pid : backendPids()) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException gone) {
                // A backend that ended meanwhile: its time is no longer readable.
            }
        }
        return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    }

    private List<Long> backendPids() {
        String name = url.substring(url.lastIndexOf('/') + 1);
        List<Long> pids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = '" + name
                     + "' AND pid <> pg_backend_pid()")) {
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the backends of " + name, e);
        }
        return pids;
    }
}
