package com.wedsync.usage.adapters.persistence.rollup;

import java.time.Duration;

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

    private void run() {
        while (!closed) {
            try {
                if (compactor.compactChunk() < compactor.chunk()) {
                    Thread.sleep(pause);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "rollup compaction failed, trying again", e);
                rest();
            }
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
