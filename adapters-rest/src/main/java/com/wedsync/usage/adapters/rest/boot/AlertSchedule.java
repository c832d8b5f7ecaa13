package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.application.alerting.AlertEvaluator;
import com.wedsync.usage.application.health.EvaluatorHeartbeat;
import com.wedsync.usage.application.health.HealthMonitor;
import com.wedsync.usage.application.metrics.OperationalMetrics;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the alert evaluator on this node every interval, on one thread of its own, and tells the health monitor
 * (through its heartbeat) and {@code /metrics} how each run went. A run that fails is logged and counted; the next
 * one comes at its time all the same.
 */
final class AlertSchedule implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AlertSchedule.class.getName());

    private final ScheduledExecutorService thread;

    private AlertSchedule(ScheduledExecutorService thread) {
        this.thread = thread;
    }

    static AlertSchedule start(AlertEvaluator evaluator, Duration interval, InstantSource clock, HealthMonitor health,
                               OperationalMetrics metrics) {
        EvaluatorHeartbeat heartbeat = new EvaluatorHeartbeat(interval);
        health.registerEvaluator(heartbeat);
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("alert-evaluator").daemon().factory());
        thread.scheduleAtFixedRate(() -> runOnce(evaluator, clock, heartbeat, metrics), interval.toMillis(),
                interval.toMillis(), TimeUnit.MILLISECONDS);
        return new AlertSchedule(thread);
    }

    private static void runOnce(AlertEvaluator evaluator, InstantSource clock, EvaluatorHeartbeat heartbeat,
                                OperationalMetrics metrics) {
        Instant due = clock.instant();
        long started = System.nanoTime();
        try {
            evaluator.evaluate(due);
            heartbeat.finished(due, clock.instant());
            metrics.evaluated(false, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            heartbeat.failed(due, clock.instant(), e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            metrics.evaluated(true, Duration.ofNanos(System.nanoTime() - started));
            LOG.log(Level.WARNING, "alert evaluation failed", e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
