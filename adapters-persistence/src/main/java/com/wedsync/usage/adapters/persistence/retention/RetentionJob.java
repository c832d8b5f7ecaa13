package com.wedsync.usage.adapters.persistence.retention;

import com.wedsync.usage.adapters.persistence.partition.MonthPartition;
import com.wedsync.usage.adapters.persistence.partition.MonthlyPartitions;
import com.wedsync.usage.adapters.persistence.partition.PartitionRowDeletion;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * Removes the raw usage events older than their organization's tier retention, without scanning or locking the
 * whole log:
 * <ol>
 * <li>A month every tier is done with (its partition ends at or before now − the longest retention) is detached
 *     CONCURRENTLY and dropped: no row is read, and appends and reads go on meanwhile.</li>
 * <li>The key rows of those months go in bounded batches, found by the key table's occurred_at index.</li>
 * <li>For each tier, inside each remaining partition that begins before now − the tier's retention, the events
 *     of the tier's organizations that occurred before that cutoff go in bounded batches, found through that
 *     partition's indexes ((organization_id, occurred_at), or BRIN on occurred_at); newer partitions are not
 *     touched at all.</li>
 * </ol>
 * The cutoff is the instant ingest uses to refuse old events (now − retention days), so retention never removes an
 * event that ingest would still accept, and the id of a removed event cannot be stored again with its old time.
 * Events of an organization that no longer exists, or whose tier is gone, stay until their month is dropped.
 * Every step can be interrupted and run again: a later run finishes what an earlier one left.
 */
public final class RetentionJob {

    public static final int DEFAULT_BATCH_SIZE = 5_000;

    private final TierRetentions retentions;
    private final MonthlyPartitions partitions;
    private final PartitionRowDeletion deletion;

    public RetentionJob(DataSource dataSource, MonthlyPartitions partitions, int batchSize) {
        this.retentions = new TierRetentions(dataSource);
        this.partitions = partitions;
        this.deletion = new PartitionRowDeletion(dataSource, batchSize);
    }

    /** Removes what has expired at {@code now}. */
    public RetentionSweep run(Instant now) {
        Map<String, Integer> byTier = retentions.byTier();
        OptionalInt longest = byTier.values().stream().mapToInt(Integer::intValue).max();
        if (longest.isEmpty()) {
            return new RetentionSweep(List.of(), 0);
        }
        MonthPartition firstKept = MonthPartition.of(cutoff(now, longest.getAsInt()));
        List<YearMonth> dropped = dropMonthsBefore(firstKept);
        deletion.deleteKeysBefore(firstKept.from());
        long deleted = 0;
        for (Map.Entry<String, Integer> tier : byTier.entrySet()) {
            deleted += deleteExpired(tier.getKey(), cutoff(now, tier.getValue()));
        }
        return new RetentionSweep(dropped, deleted);
    }

    private List<YearMonth> dropMonthsBefore(MonthPartition firstKept) {
        List<YearMonth> dropped = new ArrayList<>();
        for (MonthPartition month : partitions.existing()) {
            if (month.compareTo(firstKept) < 0) {
                partitions.drop(month);
                dropped.add(month.month());
            }
        }
        return dropped;
    }

    private long deleteExpired(String tier, Instant cutoff) {
        long deleted = 0;
        for (MonthPartition month : partitions.existing()) {
            if (month.from().isBefore(cutoff)) {
                deleted += deletion.deleteTierEventsBefore(month, tier, cutoff);
            }
        }
        return deleted;
    }

    private static Instant cutoff(Instant now, int retentionDays) {
        return now.minus(Duration.ofDays(retentionDays));
    }
}
