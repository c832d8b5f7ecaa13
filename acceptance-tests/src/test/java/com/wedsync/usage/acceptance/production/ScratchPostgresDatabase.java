package com.wedsync.usage.acceptance.production;

import com.wedsync.usage.application.testsupport.ExternalServers;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A new, empty database on the PostgreSQL that {@link ExternalServers} names (skipped without one, failed under CI),
 * for one test class; dropped on close, whoever is still connected.
 */
final class ScratchPostgresDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;

    private ScratchPostgresDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    static ScratchPostgresDatabase create() {
        String serverUrl = ExternalServers.requirePostgres();
        String name = "usage_acceptance_" + UUID.randomUUID().toString().replace("-", "");
        execute(serverUrl, "CREATE DATABASE " + name);
        return new ScratchPostgresDatabase(serverUrl, name);
    }

    /** The JDBC URL of this database: the server's URL with its path replaced. */
    String url() {
        URI server = URI.create(serverUrl.substring("jdbc:".length()));
        String query = server.getRawQuery() == null ? "" : "?" + server.getRawQuery();
        return "jdbc:postgresql://" + server.getRawAuthority() + "/" + name + query;
    }

    @Override
    public void close() {
        execute(serverUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, ExternalServers.dbUser(),
                ExternalServers.dbPassword()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
