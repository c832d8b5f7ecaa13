package com.wedsync.usage.benchmarks.retention;

import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appends batches of 100 fresh events one after another, recording how long each append takes (µs). */
final class SteadyAppender implements AutoCloseable {

    private static final int BATCH = 100;

    private final Recorder latencies = new Recorder(3);
    private final Thread thread;
    private volatile boolean stopped;

    private SteadyAppender(UsageEventLog log, OrganizationId organization) {
        this.thread = Thread.ofPlatform().name("steady-appender").start(() -> appendUntilStopped(log, organization));
    }

    static SteadyAppender start(UsageEventLog log, OrganizationId organization) {
        return new SteadyAppender(log, organization);
    }

    /** The latencies since the previous call. */
    Histogram takeLatencies() {
        return latencies.getIntervalHistogram();
    }

    private void appendUntilStopped(UsageEventLog log, OrganizationId organization) {
        while (!stopped) {
            List<UsageEvent> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(HistoryFill.event(organization, Instant.now()));
            }
            long started = System.nanoTime();
            log.append(batch);
            latencies.recordValue((System.nanoTime() - started) / 1_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join();
    }
}
