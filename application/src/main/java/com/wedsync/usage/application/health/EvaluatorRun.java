package com.wedsync.usage.application.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One finished evaluation: when it was due, when it finished, and the error that spoiled it, if any. Its lag is
 * how long after it was due it finished: what an evaluator falling behind shows first.
 */
public record EvaluatorRun(Instant dueAt, Instant finishedAt, Optional<String> error) {

    public EvaluatorRun {
        Objects.requireNonNull(dueAt, "'dueAt' must not be null");
        Objects.requireNonNull(finishedAt, "'finishedAt' must not be null");
        Objects.requireNonNull(error, "'error' must not be null");
    }

    public Duration lag() {
        Duration lag = Duration.between(dueAt, finishedAt);
        return lag.isNegative() ? Duration.ZERO : lag;
    }
}
