package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.partition.MonthPartition;
import com.wedsync.usage.adapters.persistence.partition.MonthlyPartitions;
import com.wedsync.usage.adapters.persistence.rollup.RollupDeltas;
import com.wedsync.usage.adapters.persistence.rollup.SystemShards;
import com.wedsync.usage.adapters.persistence.sql.PersistenceException;
import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.domain.analytics.UsageRollup;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Stores a group of events with distinct ids in one PostgreSQL transaction and tells which were new, with the
 * rollup changes of those in the same transaction ({@link RollupDeltas}). Mostly every id of a group is new, so the
 * group is first copied as if it were ({@link NewGroup}: its key rows, then its events, straight into their tables);
 * the primary key of {@code usage_event_key} refuses the copy if any id is already stored, or is being stored by a
 * concurrent transaction that then commits. Only then is the group written again, in a new transaction, through the
 * duplicates check ({@link CheckedGroup}), which stores exactly the ids that are new. Either way an id whose key row
 * exists is a duplicate whatever its time, so idempotency holds across partitions.
 * <p>
 * Every month of the group gets its partition first. If the insert still finds one missing (another node's
 * retention dropped it), the partitions are looked up afresh and the group is tried once more.
 */
final class CopyIngest implements GroupCommit.GroupStore {

    /** PostgreSQL's check_violation, which is what "no partition of relation found for row" is reported as. */
    private static final String NO_PARTITION_FOR_ROW = "23514";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final MonthlyPartitions partitions;

    CopyIngest(DataSource dataSource, MonthlyPartitions partitions) {
        this.dataSource = dataSource;
        this.partitions = partitions;
    }

    @Override
    public Set<EventId> storeNew(List<UsageEvent> distinctEvents) {
        Set<MonthPartition> months = distinctEvents.stream().map(event -> MonthPartition.of(event.occurredAt()))
                .collect(Collectors.toSet());
        partitions.ensure(months);
        try {
            return store(distinctEvents);
        } catch (PersistenceException e) {
            if (!causedBy(e, NO_PARTITION_FOR_ROW)) {
                throw e;
            }
            partitions.forgetKnown();
            partitions.ensure(months);
            return store(distinctEvents);
        }
    }

    private Set<EventId> store(List<UsageEvent> events) {
        try {
            return Transactions.inTransaction(dataSource, connection -> withRollups(connection, events,
                    NewGroup.copy(connection, events)));
        } catch (PersistenceException e) {
            if (!causedBy(e, UNIQUE_VIOLATION)) {
                throw e;
            }
            return Transactions.inTransaction(dataSource, connection -> withRollups(connection, events,
                    CheckedGroup.insertNew(connection, events)));
        }
    }

    private static Set<EventId> withRollups(Connection connection, List<UsageEvent> events, Set<EventId> fresh)
            throws SQLException {
        List<UsageEvent> stored = fresh.size() == events.size() ? events
                : events.stream().filter(event -> fresh.contains(event.eventId())).toList();
        RollupDeltas.add(connection, UsageRollup.of(stored, SystemShards.pick()));
        return fresh;
    }

    private static boolean causedBy(Throwable failure, String sqlState) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
