package com.wedsync.usage.benchmarks.replay;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the requests in time order, each as a decision on the decision pool, paced by the {@link TimeShift}
 * ({@link Pacing#TRACE}). At most twice the pool size of decisions are queued, so pacing stays honest and memory flat.
 */
public final class TrafficPlayer {

    private final RequestPlayer player;
    private final ExecutorService pool;
    private final int concurrency;
    private final EventBatcher batcher;

    public TrafficPlayer(UsageMonitorClient client, Tenants tenants, ExecutorService pool, int concurrency,
                         EventBatcher batcher, PrintStream problems) {
        this.player = new RequestPlayer(client, tenants, batcher, problems);
        this.pool = pool;
        this.concurrency = concurrency;
        this.batcher = batcher;
    }

    /** Plays every request and returns once all decisions are answered and all events acknowledged. */
    public DecisionTally play(List<LogRequest> requests, TimeShift shift, double speed) throws InterruptedException {
        int inFlightMax = concurrency * 2;
        Semaphore inFlight = new Semaphore(inFlightMax);
        long start = System.nanoTime();
        for (LogRequest request : requests) {
            long wait = start + shift.dueNanos(request.time(), speed) - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            pool.execute(() -> {
                try {
                    player.play(request, shift);
                } finally {
                    inFlight.release();
                }
            });
        }
        inFlight.acquire(inFlightMax);
        batcher.flush();
        return player.tally();
    }
}
