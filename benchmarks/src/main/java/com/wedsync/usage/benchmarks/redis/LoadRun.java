package com.wedsync.usage.benchmarks.redis;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code callers} threads deciding as fast as they can for {@code duration}, each on a random organization of
 * {@code organizations} (one means a single hot organization); every decision's latency goes into one histogram.
 */
final class LoadRun {

    record Result(String contender, int callers, int organizations, long decisions, long admitted, double seconds,
                  Histogram latencyMicros, long errors) {

        double perSecond() {
            return decisions / seconds;
        }

        double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1_000.0;
        }
    }

    private LoadRun() {
    }

    static Result run(Contender contender, int callers, int organizations, Duration duration) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong decisions = new AtomicLong();
        AtomicLong admitted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long endNanos = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < callers; c++) {
            SplittableRandom random = new SplittableRandom(c);
            threads.add(Thread.ofPlatform().name("caller-" + c).start(() -> {
                long mine = 0;
                long mineAdmitted = 0;
                while (System.nanoTime() < endNanos) {
                    int organization = organizations == 1 ? 0 : random.nextInt(organizations);
                    long before = System.nanoTime();
                    try {
                        mineAdmitted += contender.decide(organization) ? 1 : 0;
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                    recorder.recordValue(Math.max(1, (System.nanoTime() - before) / 1_000));
                    mine++;
                }
                decisions.addAndGet(mine);
                admitted.addAndGet(mineAdmitted);
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(contender.name(), callers, organizations, decisions.get(), admitted.get(), seconds,
                recorder.getIntervalHistogram(), errors.get());
    }
}
