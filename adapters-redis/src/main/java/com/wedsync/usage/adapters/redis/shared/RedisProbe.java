package com.wedsync.usage.adapters.redis.shared;

import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The failover's circuit and the thread that closes it. Open means "decide without Redis". While it is open, or
 * while locally admitted cost waits to be folded, this probe asks Redis every interval (waiting at most one
 * interval); when every node answers, it delivers the pending folds and only then closes the circuit, so Redis
 * decides again on a daily count that already holds what was admitted meanwhile.
 */
final class RedisProbe implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RedisProbe.class.getName());

    private final RedisQuotaCounters redis;
    private final PendingFolds folds;
    private final Duration interval;
    private final AtomicBoolean open = new AtomicBoolean();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("quota-counter-failover-probe").factory());

    RedisProbe(RedisQuotaCounters redis, PendingFolds folds, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("'probeInterval' must be positive, was " + interval);
        }
        this.redis = redis;
        this.folds = folds;
        this.interval = interval;
        long millis = interval.toMillis();
        thread.scheduleWithFixedDelay(this::probe, millis, millis, TimeUnit.MILLISECONDS);
    }

    boolean isOpen() {
        return open.get();
    }

    void open(Exception cause) {
        if (open.compareAndSet(false, true)) {
            String why = "deciding locally with this node's share of every limit until Redis answers again";
            if (cause instanceof TimeoutException) {
                // A slow answer is an expected event with nothing more to tell: one line, not a stack trace.
                LOG.log(System.Logger.Level.WARNING, "Redis did not answer within the decision budget; " + why);
            } else {
                LOG.log(System.Logger.Level.WARNING, "Redis failed to answer (" + rootCause(cause) + "); " + why);
                LOG.log(System.Logger.Level.DEBUG, "Redis's failure in full", cause);
            }
        }
    }

    /**
     * The innermost cause, which says what happened ("ConnectException: Connection refused: /127.0.0.1:6379"); the
     * client's own message on top of it ("Unable to write command into connection! Check CPU usage of the JVM")
     * sent operators looking at the wrong machine, and its stack trace filled a screen per outage.
     */
    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String type = root.getClass().getSimpleName();
        if (root instanceof ClosedChannelException) {
            return "the connection to Redis closed (" + type + ")";
        }
        return root.getMessage() == null ? type : type + ": " + root.getMessage();
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (thread.awaitTermination(interval.toMillis(), TimeUnit.MILLISECONDS) && !folds.isEmpty()) {
                folds.deliver(redis, interval);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cost admitted locally could not be folded into Redis at close", e);
        }
    }

    private void probe() {
        if (!open.get() && folds.isEmpty()) {
            return;
        }
        try {
            if (open.get()) {
                redis.readyAsync().get(interval.toMillis(), TimeUnit.MILLISECONDS);
            }
            folds.deliver(redis, interval);
            if (open.compareAndSet(true, false)) {
                LOG.log(System.Logger.Level.INFO, "Redis answers again; local admissions folded into its counters");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException stillAway) {
            // The folds wait for the next turn. Only decisions open the circuit: a fold that finds Redis slow,
            // after one call over the budget, must not send every organization to the local share.
        }
    }
}
