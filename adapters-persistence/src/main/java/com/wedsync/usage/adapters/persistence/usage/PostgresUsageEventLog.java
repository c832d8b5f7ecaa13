package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.partition.MonthPartition;
import com.wedsync.usage.adapters.persistence.partition.MonthlyPartitions;
import com.wedsync.usage.adapters.persistence.partition.PartitionRowDeletion;
import com.wedsync.usage.adapters.persistence.rollup.RollupErasure;
import com.wedsync.usage.application.health.IngestBacklog;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.List;
import javax.sql.DataSource;

/**
 * The usage log on PostgreSQL: appends go through {@link GroupCommit} (concurrent appends share a transaction)
 * and {@link CopyIngest} (COPY, then one idempotent insert, then the rollups of the events stored).
 */
public final class PostgresUsageEventLog extends AggregatedUsageEventLog implements AutoCloseable {

    private static final int QUEUED_APPENDS = 1_024;
    private static final int MAX_GROUP_EVENTS = 20_000;
    /**
     * Groups in flight at once, each on a pooled connection of its own: while one commits, the next copies. The
     * pool has 10; this leaves most of them to reads and maintenance.
     */
    private static final int WRITERS = 4;
    private static final int ERASURE_BATCH = 5_000;

    private final GroupCommit groupCommit;
    private final MonthlyPartitions partitions;
    private final PartitionRowDeletion deletion;
    private final DataSource dataSource;

    public PostgresUsageEventLog(DataSource dataSource, MonthlyPartitions partitions) {
        this.groupCommit = new GroupCommit(new CopyIngest(dataSource, partitions), QUEUED_APPENDS, MAX_GROUP_EVENTS,
                WRITERS);
        this.partitions = partitions;
        this.deletion = new PartitionRowDeletion(dataSource, ERASURE_BATCH);
        this.dataSource = dataSource;
    }

    @Override
    public List<AppendOutcome> append(List<UsageEvent> events) {
        return events.isEmpty() ? List.of() : groupCommit.append(events);
    }

    /** Partition by partition, in bounded batches. */
    @Override
    public void erase(OrganizationId organization) {
        for (MonthPartition month : partitions.existing()) {
            deletion.deleteOrganizationEvents(month, organization.value());
        }
        RollupErasure.eraseCellsAndDeltas(dataSource, organization);
    }

    /** The appends waiting in the group-commit queue. */
    public IngestBacklog backlog() {
        return groupCommit.backlog();
    }

    /** Stores the appends already queued, then takes no more. */
    @Override
    public void close() {
        groupCommit.close();
    }
}
