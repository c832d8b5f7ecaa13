package com.wedsync.usage.benchmarks.ingest;

import com.wedsync.usage.domain.usage.UsageEvent;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * {@code callers} threads taking the next batch from a shared list until none is left, each appending it through
 * its own sink and waiting for the acknowledgement; the latency of every append goes into one histogram.
 */
final class IngestRun {

    /** Appends one batch and answers how many of its events were stored. */
    @FunctionalInterface
    interface Sink {
        long append(List<UsageEvent> batch);
    }

    record Result(String contender, long events, long stored, double seconds, Histogram batchMicros) {

        double perSecond() {
            return events / seconds;
        }

        double percentileMillis(double percentile) {
            return batchMicros.getValueAtPercentile(percentile) / 1_000.0;
        }
    }

    private IngestRun() {
    }

    /** {@code sinks} gives caller {@code c} its sink (the same shared one, or one connection each). */
    static Result run(String contender, List<List<UsageEvent>> batches, int callers, IntFunction<Sink> sinks)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicInteger next = new AtomicInteger();
        AtomicLong stored = new AtomicLong();
        List<Sink> mine = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            mine.add(sinks.apply(c));
        }
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < callers; c++) {
            Sink sink = mine.get(c);
            threads.add(Thread.ofPlatform().name("ingest-" + c).start(() -> {
                for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                    long before = System.nanoTime();
                    stored.addAndGet(sink.append(batches.get(i)));
                    recorder.recordValue(Math.max(1, (System.nanoTime() - before) / 1_000));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = batches.stream().mapToLong(List::size).sum();
        return new Result(contender, events, stored.get(), seconds, recorder.getIntervalHistogram());
    }
}
