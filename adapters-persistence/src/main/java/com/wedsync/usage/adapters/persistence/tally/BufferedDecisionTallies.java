package com.wedsync.usage.adapters.persistence.tally;

import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.application.StoreUnavailableException;
import com.wedsync.usage.application.port.DecisionBucket;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.domain.analytics.RollupKind;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Decision tallies that never make a decision wait for the database: {@link #record} only adds to counters in
 * memory, and a daemon thread adds them every second (by default) to {@code decision_tally} (per local day) and
 * {@code decision_rollup} (per quarter hour), both in one transaction, as do {@link #tally} and
 * {@link #quarterHours} (first, so that what they read is exact) and {@link #close}.
 * <p>
 * The price: a crash of the process loses the decisions recorded since the last flush, about one second's worth.
 * These are analytics counts of decisions, not quota: quota lives in the counter store and loses nothing here.
 * A flush that fails keeps its counts in memory for the next one.
 */
public final class BufferedDecisionTallies implements DecisionTallies, AutoCloseable {

    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(BufferedDecisionTallies.class.getName());

    private final TallyBuffer buffer = new TallyBuffer();
    private final ReentrantLock flushing = new ReentrantLock();
    private final DataSource dataSource;
    private final TallyReads reads;
    private final ScheduledExecutorService flusher;

    public BufferedDecisionTallies(DataSource dataSource, Duration flushInterval) {
        this.dataSource = dataSource;
        this.reads = new TallyReads(dataSource);
        this.flusher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("decision-tally-flush").factory());
        long millis = flushInterval.toMillis();
        flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void record(OrganizationId organization, LocalDate localDay, Instant at, Decision decision) {
        buffer.add(new TallyKey(organization, localDay, RollupKind.quarterHourStart(at)),
                counters -> counters.add(decision));
    }

    @Override
    public DecisionTally tally(OrganizationId organization, LocalDate first, LocalDate last) {
        flush();
        return first.isAfter(last) ? DecisionTally.NONE : reads.days(organization, first, last);
    }

    @Override
    public List<DecisionBucket> quarterHours(UsageScope scope, Instant from, Instant to) {
        flush();
        return reads.quarterHours(scope, from, to);
    }

    @Override
    public Map<UsageScope, DecisionTally> totals(Collection<UsageScope> scopes, Instant from, Instant to) {
        flush();
        return reads.totals(scopes, from, to);
    }

    @Override
    public List<OrganizationId> organizationsDenied(Instant from, Instant to, long atLeast) {
        flush();
        return reads.organizationsDenied(from, to, atLeast);
    }

    /** Adds every count recorded so far to the table. */
    public void flush() {
        flushing.lock();
        try {
            Map<TallyKey, TallyCounts> drained = buffer.drain();
            if (drained.isEmpty()) {
                return;
            }
            try {
                Transactions.inTransaction(dataSource, connection -> {
                    TallyTable.days().add(connection, sum(drained, TallyKey::dayRow));
                    TallyTable.quarterHours().add(connection, sum(drained, TallyKey::quarterHourRow));
                    return null;
                });
            } catch (RuntimeException e) {
                buffer.restore(drained);
                throw e;
            }
        } finally {
            flushing.unlock();
        }
    }

    private static Map<TallyRow, TallyCounts> sum(Map<TallyKey, TallyCounts> counts, Function<TallyKey, TallyRow> row) {
        Map<TallyRow, TallyCounts> sums = new HashMap<>();
        counts.forEach((key, value) -> sums.merge(row.apply(key), value, TallyCounts::plus));
        return sums;
    }

    /** Stops the scheduled flushes and flushes one last time. */
    @Override
    public void close() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    /** A scheduled task that throws is never run again, so a failed flush is logged and retried next time. */
    private void flushQuietly() {
        try {
            flush();
        } catch (StoreUnavailableException away) {
            // An outage is expected and already reported by every request it fails: one line, not a stack trace.
            LOG.log(System.Logger.Level.WARNING, "decision tallies not flushed, will retry: " + away.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "decision tallies not flushed, will retry", e);
        }
    }
}
