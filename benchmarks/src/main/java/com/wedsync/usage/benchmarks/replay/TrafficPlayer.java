package com.wedsync.usage.benchmarks.replay;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the requests in time order, each as a decision on the decision pool, paced by the {@link TimeShift}, and
 * turns every answered decision into a usage event. A denied call still makes an event, with status 429 and no
 * response bytes: the protected API would have answered 429 instead of its page, and that answer is usage too.
 * At most twice the pool size of decisions are queued, so pacing stays honest and memory flat.
 */
public final class TrafficPlayer {

    private static final int FAILURES_SHOWN = 5;

    private final UsageMonitorClient client;
    private final Tenants tenants;
    private final ExecutorService pool;
    private final int concurrency;
    private final EventBatcher batcher;
    private final PrintStream problems;
    private final EndpointNormaliser normaliser = new EndpointNormaliser();
    private final DecisionTally tally = new DecisionTally();
    private final AtomicInteger failuresShown = new AtomicInteger();

    public TrafficPlayer(UsageMonitorClient client, Tenants tenants, ExecutorService pool, int concurrency,
                         EventBatcher batcher, PrintStream problems) {
        this.client = client;
        this.tenants = tenants;
        this.pool = pool;
        this.concurrency = concurrency;
        this.batcher = batcher;
        this.problems = problems;
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
                    playOne(request, shift);
                } finally {
                    inFlight.release();
                }
            });
        }
        inFlight.acquire(inFlightMax);
        batcher.flush();
        return tally;
    }

    private void playOne(LogRequest request, TimeShift shift) {
        String apiKey = tenants.apiKeyOfClient().get(request.client());
        String endpoint = normaliser.normalise(request.target());
        try {
            DecisionAnswer answer = client.decide(tenants.serviceToken(), apiKey, endpoint, request.method());
            tally.record(request.client(), answer);
            batcher.add(new UsageEventJson(UUID.randomUUID().toString(), apiKey, endpoint, request.method(),
                    answer.allowed() ? request.status() : 429, answer.allowed() ? request.responseBytes() : 0, 0,
                    shift.shifted(request.time()).toString()));
        } catch (ApiCallFailed failed) {
            tally.recordFailure();
            if (failuresShown.getAndIncrement() < FAILURES_SHOWN) {
                problems.println("decision for line " + request.lineNumber() + " failed: " + failed.getMessage());
            }
        }
    }
}
