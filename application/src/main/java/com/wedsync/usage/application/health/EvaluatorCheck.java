package com.wedsync.usage.application.health;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * The alert evaluator's health, from what it last reported. Unknown until an evaluator registers and finishes a
 * run; then degraded when its last run failed or it is more than one interval late, unhealthy when it is more than
 * {@value #MISSED_TO_UNHEALTHY} intervals late (it has stopped, or cannot keep up).
 */
final class EvaluatorCheck implements HealthCheck {

    static final int MISSED_TO_UNHEALTHY = 3;

    private final InstantSource clock;
    private volatile AlertEvaluatorProgress progress;
    private volatile Instant registeredAt;

    EvaluatorCheck(InstantSource clock) {
        this.clock = clock;
    }

    void register(AlertEvaluatorProgress evaluator) {
        registeredAt = clock.instant();
        progress = evaluator;
    }

    @Override
    public HealthReading check() {
        AlertEvaluatorProgress evaluator = progress;
        if (evaluator == null) {
            return HealthReading.unknown("no alert evaluator is running on this node");
        }
        Instant now = clock.instant();
        Optional<EvaluatorRun> last = evaluator.lastRun();
        Instant since = last.map(EvaluatorRun::finishedAt).orElse(registeredAt);
        HealthReading reading = late(evaluator.interval(), Duration.between(since, now), last);
        if (last.isPresent()) {
            reading = reading.withLag(last.get().lag());
        }
        return evaluator.lastSuccess().map(reading::withLastSuccess).orElse(reading);
    }

    private static HealthReading late(Duration interval, Duration quiet, Optional<EvaluatorRun> last) {
        if (quiet.compareTo(interval.multipliedBy(MISSED_TO_UNHEALTHY)) > 0) {
            return HealthReading.unhealthy("no evaluation finished for " + quiet.toSeconds() + " s (every "
                    + interval.toSeconds() + " s expected)");
        }
        if (last.isEmpty()) {
            return HealthReading.unknown("waiting for the first evaluation");
        }
        if (last.get().error().isPresent()) {
            return HealthReading.degraded("the last evaluation failed: " + last.get().error().get());
        }
        if (quiet.compareTo(interval.multipliedBy(2)) > 0) {
            return HealthReading.degraded("the last evaluation finished " + quiet.toSeconds() + " s ago");
        }
        return HealthReading.healthy();
    }
}
