package com.wedsync.usage.adapters.persistence.partition;

import com.wedsync.usage.adapters.persistence.sql.DatabaseFailures;
import com.wedsync.usage.adapters.persistence.sql.Transactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The monthly partitions of {@code usage_event}. There is no DEFAULT partition, so an event can only be stored
 * once its month's partition exists: {@link #ensure} creates the missing ones, and remembers which exist so that
 * an ingest only reaches the catalog for a month it has not seen.
 * <p>
 * A partition is created as a plain table and then attached, because ATTACH PARTITION locks the usage log only in
 * SHARE UPDATE EXCLUSIVE mode (concurrent appends and reads go on), where CREATE TABLE … PARTITION OF would lock it
 * exclusively. Creation holds a transaction-scoped advisory lock, so that service nodes creating the same month at
 * once take turns instead of failing. Dropping detaches CONCURRENTLY first for the same reason (no exclusive lock on
 * the usage log; possible because there is no DEFAULT partition), then drops the detached table.
 */
public final class MonthlyPartitions {

    private static final String CREATION_LOCK = "SELECT pg_advisory_xact_lock(hashtext('usage_event partitions'))";

    private final DataSource dataSource;
    private final Set<MonthPartition> known = ConcurrentHashMap.newKeySet();

    public MonthlyPartitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Makes sure every one of these months has its partition. */
    public void ensure(Collection<MonthPartition> months) {
        if (known.containsAll(months)) {
            return;
        }
        Set<MonthPartition> wanted = new TreeSet<>(months);
        Transactions.inTransaction(dataSource, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATION_LOCK);
            }
            Map<MonthPartition, PartitionTable.State> existing = PartitionCatalog.tables(connection).stream()
                    .collect(Collectors.toMap(PartitionTable::partition, PartitionTable::state));
            for (MonthPartition month : wanted) {
                create(connection, month, existing.get(month));
            }
            return null;
        });
        known.addAll(wanted);
    }

    /** Makes sure every month from {@code first} to {@code last}, both included, has its partition. */
    public void ensureFromTo(MonthPartition first, MonthPartition last) {
        List<MonthPartition> months = new ArrayList<>();
        for (MonthPartition month = first; month.compareTo(last) <= 0; month = month.next()) {
            months.add(month);
        }
        ensure(months);
    }

    /**
     * Forgets which partitions exist, after an insert found one missing: another node's retention may have
     * dropped a month this one had seen.
     */
    public void forgetKnown() {
        known.clear();
    }

    /** The months that have a table, attached or left half-dropped, oldest first. */
    public List<MonthPartition> existing() {
        return inConnection(connection -> PartitionCatalog.tables(connection).stream()
                .map(PartitionTable::partition).toList());
    }

    /** Detaches (without locking the usage log exclusively) and drops the month's partition, if it exists. */
    public void drop(MonthPartition month) {
        inConnection(connection -> {
            PartitionTable.State state = PartitionCatalog.tables(connection).stream()
                    .filter(table -> table.partition().equals(month)).map(PartitionTable::state)
                    .findFirst().orElse(null);
            try (Statement statement = connection.createStatement()) {
                if (state == PartitionTable.State.ATTACHED) {
                    statement.execute(detach(month, "CONCURRENTLY"));
                } else if (state == PartitionTable.State.DETACH_PENDING) {
                    statement.execute(detach(month, "FINALIZE"));
                }
                statement.execute("DROP TABLE IF EXISTS " + month.tableName());
            }
            return null;
        });
        known.remove(month);
    }

    private static void create(Connection connection, MonthPartition month, PartitionTable.State state)
            throws SQLException {
        if (state == PartitionTable.State.ATTACHED) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (state == null) {
                statement.execute("CREATE TABLE " + month.tableName()
                        + " (LIKE usage_event INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
            }
            statement.execute("ALTER TABLE usage_event ATTACH PARTITION " + month.tableName()
                    + " FOR VALUES FROM ('" + month.from() + "') TO ('" + month.to() + "')");
        }
    }

    private static String detach(MonthPartition month, String mode) {
        return "ALTER TABLE usage_event DETACH PARTITION " + month.tableName() + " " + mode;
    }

    /** DETACH … CONCURRENTLY cannot run inside a transaction block, so this connection stays in auto-commit. */
    private <T> T inConnection(SqlFunction<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return work.apply(connection);
        } catch (SQLException e) {
            throw DatabaseFailures.failure("the usage log's partitions could not be changed", e);
        }
    }

    @FunctionalInterface
    private interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
