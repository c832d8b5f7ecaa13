package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.testsupport.ExternalServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A new PostgreSQL database for one test, on the server {@link ExternalServers} names (skipped without one, failed
 * under CI), with the store open on it. Closing closes the store and drops the database.
 */
final class PostgresTestDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;
    private final String url;
    private final PostgresDatabase store;

    private PostgresTestDatabase(String serverUrl, String name, String url, PostgresDatabase store) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.url = url;
        this.store = store;
    }

    static PostgresTestDatabase create() {
        String serverUrl = ExternalServers.requirePostgres();
        String name = "usage_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(serverUrl, "CREATE DATABASE " + name);
        String url = withDatabase(serverUrl, name);
        try {
            return new PostgresTestDatabase(serverUrl, name, url,
                    PostgresDatabase.open(url, ExternalServers.dbUser(), ExternalServers.dbPassword()));
        } catch (RuntimeException e) {
            execute(serverUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            throw e;
        }
    }

    /** Closes a database that {@link #create} may not have got to make (a skipped test). */
    static void closeIfCreated(PostgresTestDatabase database) {
        if (database != null) {
            database.close();
        }
    }

    PostgresDatabase store() {
        return store;
    }

    String url() {
        return url;
    }

    /** A plain connection beside the store, for looking at what it wrote. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, ExternalServers.dbUser(), ExternalServers.dbPassword());
    }

    /** The values of the first column of the query's rows, as strings. */
    List<String> column(String query) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    long count(String query) {
        return Long.parseLong(column(query).getFirst());
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            execute(serverUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** The server's URL with another database in its path, its parameters kept. */
    static String withDatabase(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        int hostStart = base.indexOf("//") + 2;
        int path = base.indexOf('/', hostStart);
        return (path < 0 ? base : base.substring(0, path)) + "/" + database + parameters;
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
