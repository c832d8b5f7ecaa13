package com.wedsync.usage.acceptance.production;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What the database holds, read directly with JDBC, past the service: the rows of the usage log per event id. */
final class StoredEvents {

    private StoredEvents() {
    }

    /** How many rows of {@code usage_event} carry each event id; an id stored once maps to 1. */
    static Map<UUID, Long> rowsPerEventId(String jdbcUrl, String user, String password) {
        Map<UUID, Long> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery(
                     "SELECT event_id, count(*) FROM usage_event GROUP BY event_id")) {
            while (counts.next()) {
                rows.put(counts.getObject(1, UUID.class), counts.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the usage log at " + jdbcUrl, e);
        }
        return rows;
    }

    /** The number of rows of the idempotency key table, which holds exactly one per stored event. */
    static long keyRows(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM usage_event_key")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the key table at " + jdbcUrl, e);
        }
    }
}
