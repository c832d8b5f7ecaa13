package com.wedsync.usage.acceptance.production;

import com.wedsync.usage.application.testsupport.ExternalServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A new, empty database for one test on the shared PostgreSQL that {@link ExternalServers} names (skipped without
 * one, failed under CI); closing drops it. The shared server itself is never stopped: other tests use it.
 */
public final class FreshDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;

    private FreshDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    public static FreshDatabase create(String prefix) {
        String serverUrl = ExternalServers.requirePostgres();
        FreshDatabase database = new FreshDatabase(serverUrl, prefix + UUID.randomUUID().toString().replace("-", ""));
        database.execute("CREATE DATABASE " + database.name);
        return database;
    }

    /** The server's URL with this database in its path, its parameters kept. */
    public String url() {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        int path = base.indexOf('/', base.indexOf("//") + 2);
        return (path < 0 ? base : base.substring(0, path)) + "/" + name + (query < 0 ? "" : serverUrl.substring(query));
    }

    public String user() {
        return ExternalServers.dbUser();
    }

    public String password() {
        return ExternalServers.dbPassword();
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
