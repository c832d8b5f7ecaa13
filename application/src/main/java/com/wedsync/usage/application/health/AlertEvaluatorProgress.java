package com.wedsync.usage.application.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the alert evaluator tells the health monitor about itself, through
 * {@link HealthMonitor#registerEvaluator}: how often it means to run and how its last run went. Reads must be
 * cheap and must not block: the prober asks every second. {@link EvaluatorHeartbeat} is a ready implementation.
 */
public interface AlertEvaluatorProgress {

    /** How often the evaluator runs; positive. */
    Duration interval();

    /** The last run that finished, well or not; empty before the first. */
    Optional<EvaluatorRun> lastRun();

    /** When the last run without an error finished; empty before the first. */
    Optional<Instant> lastSuccess();
}
