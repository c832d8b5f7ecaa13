package com.wedsync.usage.application.health;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Probes the service's components in the background and keeps the last {@link HealthSnapshot}, which readers
 * ({@code /health/ready}, the health summary, the metrics, the alert evaluator) take without waiting: no reader
 * ever causes a probe. Each component is probed on a thread of its own every interval, so that one that hangs
 * (a database past its connection timeout) delays nobody and shows as unhealthy once the deadline passes; the
 * snapshot is assembled four times an interval.
 */
public final class HealthMonitor implements AutoCloseable {

    public static final String DATABASE = "database";
    public static final String COUNTER_STORE = "counter-store";
    public static final String INGEST_BACKLOG = "ingest-backlog";
    public static final String ALERT_EVALUATOR = "alert-evaluator";
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(1);

    private final InstantSource clock;
    private final Duration interval;
    private final EvaluatorCheck evaluator;
    private final List<ComponentProbe> probes;
    private final ScheduledExecutorService threads;
    private volatile HealthSnapshot latest;

    public HealthMonitor(HealthCheck database, HealthCheck counterStore, HealthCheck ingestBacklog,
                         InstantSource clock, Duration interval, Duration deadline) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("'interval' must be positive, was " + interval);
        }
        this.clock = clock;
        this.interval = interval;
        this.evaluator = new EvaluatorCheck(clock);
        this.probes = List.of(new ComponentProbe(DATABASE, database, deadline, clock),
                new ComponentProbe(COUNTER_STORE, counterStore, deadline, clock),
                new ComponentProbe(INGEST_BACKLOG, ingestBacklog, deadline, clock),
                new ComponentProbe(ALERT_EVALUATOR, evaluator, deadline, clock));
        this.threads = Executors.newScheduledThreadPool(probes.size() + 1,
                Thread.ofPlatform().daemon().name("health-probe-", 0).factory());
        assemble();
    }

    /** Probes every component once, here, then keeps probing in the background until {@link #close}. */
    public HealthMonitor start() {
        probeNow();
        long millis = interval.toMillis();
        for (ComponentProbe probe : probes) {
            threads.scheduleWithFixedDelay(probe::run, millis, millis, TimeUnit.MILLISECONDS);
        }
        threads.scheduleAtFixedRate(this::assemble, millis / 4, Math.max(1, millis / 4), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Probes every component now, on the calling thread, and assembles a snapshot of what they answered. */
    public void probeNow() {
        probes.forEach(ComponentProbe::run);
        assemble();
    }

    /** The last snapshot; never blocks. */
    public HealthSnapshot latest() {
        return latest;
    }

    /** Lets the alert evaluator of this node report its runs; the last one registered is the one shown. */
    public void registerEvaluator(AlertEvaluatorProgress progress) {
        evaluator.register(progress);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private void assemble() {
        latest = new HealthSnapshot(clock.instant(), probes.stream().map(ComponentProbe::current).toList());
    }
}
