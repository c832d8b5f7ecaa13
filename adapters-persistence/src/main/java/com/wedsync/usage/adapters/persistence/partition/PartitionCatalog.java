package com.wedsync.usage.adapters.persistence.partition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads which month tables exist, from PostgreSQL's catalog. Tables are found by name in the usage log's schema,
 * not only among its partitions, so that a table left behind by an interrupted drop is still found and dropped.
 */
final class PartitionCatalog {

    private static final String TABLES = "SELECT c.relname AS name, i.inhrelid IS NOT NULL AS attached,"
            + " COALESCE(i.inhdetachpending, FALSE) AS detach_pending FROM pg_class c"
            + " LEFT JOIN pg_inherits i ON i.inhrelid = c.oid AND i.inhparent = 'usage_event'::regclass"
            + " WHERE c.relkind = 'r' AND c.relname LIKE 'usage\\_event\\_p%'"
            + " AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = 'usage_event'::regclass)";

    private PartitionCatalog() {
    }

    /** The month tables, oldest first; tables whose name merely resembles the pattern are left out. */
    static List<PartitionTable> tables(Connection connection) throws SQLException {
        List<PartitionTable> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TABLES); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                PartitionTable.State state = rows.getBoolean("detach_pending") ? PartitionTable.State.DETACH_PENDING
                        : rows.getBoolean("attached") ? PartitionTable.State.ATTACHED : PartitionTable.State.DETACHED;
                MonthPartition.fromTableName(rows.getString("name"))
                        .ifPresent(partition -> tables.add(new PartitionTable(partition, state)));
            }
        }
        tables.sort(Comparator.comparing(PartitionTable::partition));
        return tables;
    }
}
