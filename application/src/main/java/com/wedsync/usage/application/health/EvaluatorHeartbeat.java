package com.wedsync.usage.application.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The evaluator's side of {@link AlertEvaluatorProgress}, for an evaluator that keeps no such record itself: it
 * calls {@link #finished} or {@link #failed} after every run, from any thread.
 */
public final class EvaluatorHeartbeat implements AlertEvaluatorProgress {

    private final Duration interval;
    private volatile EvaluatorRun lastRun;
    private volatile Instant lastSuccess;

    public EvaluatorHeartbeat(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("'interval' must be positive, was " + interval);
        }
        this.interval = interval;
    }

    public void finished(Instant dueAt, Instant finishedAt) {
        lastRun = new EvaluatorRun(dueAt, finishedAt, Optional.empty());
        lastSuccess = finishedAt;
    }

    public void failed(Instant dueAt, Instant finishedAt, String error) {
        lastRun = new EvaluatorRun(dueAt, finishedAt, Optional.of(error));
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Optional<EvaluatorRun> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    @Override
    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }
}
