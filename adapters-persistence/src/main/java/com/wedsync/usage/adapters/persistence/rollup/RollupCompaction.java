package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.application.health.RollupBacklog;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The background compaction of one store: a daemon thread that merges delta rows into the cells
 * ({@link RollupCompactor}) chunk after chunk while there are full chunks, then rests for a pause. It keeps the
 * delta table small, so that reads stay cheap; answers do not wait for it (readers add the deltas themselves). A
 * failed chunk (the database away) is logged and tried again after the pause: the deltas wait safely meanwhile.
 */
public final class RollupCompaction implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RollupCompaction.class.getName());

    private final RollupCompactor compactor;
    private final Duration pause;
    private final Thread thread;
    private final AtomicLong failedChunks = new AtomicLong();
    private volatile long waitingRows;
    private volatile boolean closed;

    public RollupCompaction(RollupCompactor compactor, Duration pause) {
        this.compactor = compactor;
        this.pause = pause;
        this.thread = Thread.ofPlatform().daemon().name("usage-rollup-compaction").unstarted(this::run);
    }

    public RollupCompaction start() {
        thread.start();
        return this;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The backlog as of this thread's last look (refreshed after every chunk and every pause), so that reading it
     * (a metrics scrape, the health detail) never touches the database.
     */
    public RollupBacklog backlog() {
        return new RollupBacklog(waitingRows, compactor.mergedRows(), compactor.mergedChunks(), failedChunks.get());
    }

    private void run() {
        while (!closed) {
            try {
                boolean caughtUp = compactor.compactChunk() < compactor.chunk();
                lookAtBacklog(caughtUp);
                if (caughtUp) {
                    Thread.sleep(pause);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                failedChunks.incrementAndGet();
                LOG.log(System.Logger.Level.WARNING, "rollup compaction failed, trying again", e);
                rest();
            }
        }
    }

    /** A failed look keeps the last figure: the backlog is information, not part of the merge. */
    private void lookAtBacklog(boolean caughtUp) {
        try {
            waitingRows = compactor.waitingRows(caughtUp);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not estimate the rollup delta backlog", e);
        }
    }

    private void rest() {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            closed = true;
        }
    }
}
