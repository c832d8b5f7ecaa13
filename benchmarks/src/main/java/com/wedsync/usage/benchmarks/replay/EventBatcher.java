package com.wedsync.usage.benchmarks.replay;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.LongAdder;

/**
 * Gathers usage events into batches of a fixed size and sends each full batch on the ingest pool. Keeps the
 * first batch so that it can be sent a second time on purpose, to show that ingest is idempotent.
 */
public final class EventBatcher {

    private final UsageMonitorClient client;
    private final String token;
    private final int batchSize;
    private final ExecutorService pool;
    private final PrintStream problems;
    private final List<CompletableFuture<Void>> sent = new ArrayList<>();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder lost = new LongAdder();
    private List<UsageEventJson> filling = new ArrayList<>();
    private List<UsageEventJson> firstBatch;

    public EventBatcher(UsageMonitorClient client, String token, int batchSize, ExecutorService pool,
                        PrintStream problems) {
        this.client = client;
        this.token = token;
        this.batchSize = batchSize;
        this.pool = pool;
        this.problems = problems;
    }

    public synchronized void add(UsageEventJson event) {
        filling.add(event);
        if (filling.size() == batchSize) {
            dispatch();
        }
    }

    /** Sends what is left and waits until every batch has its answer. */
    public void flush() {
        CompletableFuture<?>[] all;
        synchronized (this) {
            if (!filling.isEmpty()) {
                dispatch();
            }
            all = sent.toArray(CompletableFuture[]::new);
        }
        CompletableFuture.allOf(all).join();
    }

    /** Sends the first batch again; the monitor should store none of it and report its events as duplicates. */
    public synchronized IngestAnswer resendFirstBatch() {
        return firstBatch == null ? new IngestAnswer(0, 0, List.of()) : client.ingest(token, firstBatch);
    }

    public synchronized int firstBatchSize() {
        return firstBatch == null ? 0 : firstBatch.size();
    }

    public IngestCounts counts() {
        return new IngestCounts(accepted.sum(), duplicates.sum(), rejected.sum(), lost.sum());
    }

    private void dispatch() {
        List<UsageEventJson> batch = List.copyOf(filling);
        filling = new ArrayList<>(batchSize);
        if (firstBatch == null) {
            firstBatch = batch;
        }
        sent.add(CompletableFuture.runAsync(() -> send(batch), pool));
    }

    private void send(List<UsageEventJson> batch) {
        try {
            IngestAnswer answer = client.ingest(token, batch);
            accepted.add(answer.accepted());
            duplicates.add(answer.duplicates());
            rejected.add(answer.rejected().size());
            answer.rejected().stream().limit(3).forEach(refusal -> problems.printf(
                    "event %d of a batch rejected: %s (%s)%n", refusal.index(), refusal.reason(), refusal.detail()));
        } catch (ApiCallFailed failed) {
            lost.add(batch.size());
            problems.println("ingest batch of " + batch.size() + " events failed: " + failed.getMessage());
        }
    }
}
