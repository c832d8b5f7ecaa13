package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.partition.MonthPartition;
import com.wedsync.usage.adapters.persistence.partition.MonthlyPartitions;
import com.wedsync.usage.adapters.persistence.retention.RetentionJob;
import com.wedsync.usage.adapters.persistence.retention.RetentionSweep;
import com.wedsync.usage.adapters.persistence.retention.TierRetentions;
import com.wedsync.usage.adapters.persistence.sql.DatabaseFailures;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The PostgreSQL store's housekeeping: the partitions events will need, ready before they arrive, and retention.
 * Partitions cover every month ingest accepts (back to the longest retention of any tier, and up to five minutes
 * ahead) and two months beyond the current one, so that a month's partition exists weeks before its first event.
 * They are prepared when the store opens; a daily run on a daemon thread prepares them again and then removes
 * expired events. The first daily run comes ten minutes after opening, so that frequent restarts never postpone
 * retention by a day. Runs take a session advisory lock: with several service nodes they take turns.
 */
final class StoreMaintenance implements AutoCloseable {

    private static final long RUN_LOCK = 0x5553_4147_454d_4e54L;
    private static final Duration FIRST_DAILY_RUN = Duration.ofMinutes(10);
    private static final Duration BETWEEN_RUNS = Duration.ofDays(1);
    private static final System.Logger LOG = System.getLogger(StoreMaintenance.class.getName());

    private final DataSource dataSource;
    private final MonthlyPartitions partitions;
    private final TierRetentions retentions;
    private final RetentionJob retention;
    private final Clock clock;
    private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("usage-store-maintenance").factory());

    StoreMaintenance(DataSource dataSource, MonthlyPartitions partitions, Clock clock) {
        this.dataSource = dataSource;
        this.partitions = partitions;
        this.retentions = new TierRetentions(dataSource);
        this.retention = new RetentionJob(dataSource, partitions, RetentionJob.DEFAULT_BATCH_SIZE);
        this.clock = clock;
    }

    /** Creates the partitions of every month from the longest retention back from now to two months ahead. */
    void preparePartitions() {
        Instant now = clock.instant();
        Instant oldestAccepted = now.minus(Duration.ofDays(retentions.longest().orElse(0)));
        partitions.ensureFromTo(MonthPartition.of(oldestAccepted), MonthPartition.of(now).next().next());
    }

    RetentionSweep removeExpiredEvents(Instant now) {
        return underRunLock(() -> retention.run(now));
    }

    void startDaily() {
        daily.scheduleAtFixedRate(this::runQuietly, FIRST_DAILY_RUN.toMillis(), BETWEEN_RUNS.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        daily.shutdownNow();
        try {
            daily.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A scheduled task that throws is never run again, so a failed run is logged and tried the next day. */
    private void runQuietly() {
        try {
            underRunLock(() -> {
                preparePartitions();
                RetentionSweep sweep = retention.run(clock.instant());
                LOG.log(System.Logger.Level.INFO, "usage log retention dropped months {0}, deleted {1} events",
                        sweep.droppedMonths(), sweep.deletedEvents());
                return sweep;
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "usage store maintenance failed, will retry tomorrow", e);
        }
    }

    /** Holds the advisory lock on a connection of its own while the work runs on others. */
    private <T> T underRunLock(Supplier<T> work) {
        try (Connection lockHolder = dataSource.getConnection(); Statement lock = lockHolder.createStatement()) {
            lockHolder.setAutoCommit(true);
            lock.execute("SELECT pg_advisory_lock(" + RUN_LOCK + ")");
            try {
                return work.get();
            } finally {
                lock.execute("SELECT pg_advisory_unlock(" + RUN_LOCK + ")");
            }
        } catch (SQLException e) {
            throw DatabaseFailures.failure("the usage store's maintenance lock failed", e);
        }
    }
}
