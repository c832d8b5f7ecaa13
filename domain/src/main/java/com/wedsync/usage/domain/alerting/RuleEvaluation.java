package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.time.Duration;
import java.time.Instant;

/**
 * One step of a rule's life: from its state and a new reading to its next state, and what that step means for
 * incidents. {@link Outcome#FIRED} opens one, {@link Outcome#CLEARED} resolves it (when the rule resolves on its
 * own). A reading that failed or had no data changes nothing: the last state stands, so that an outage of the store
 * never resolves an incident or opens one.
 */
public record RuleEvaluation(RuleState state, Outcome outcome) {

    /** What the step did, for incidents. */
    public enum Outcome {
        /** Nothing for incidents: inactive stayed inactive, pending went on or stopped, firing went on. */
        UNCHANGED,
        /** The rule began to fire. */
        FIRED,
        /** A firing rule cleared. */
        CLEARED
    }

    public RuleEvaluation {
        Require.present(state, "state");
        Require.present(outcome, "outcome");
    }

    /** The next step of a rule in {@code current} that read {@code reading} at {@code now}. */
    public static RuleEvaluation next(RuleState current, Reading reading, Instant now, BreachCondition condition) {
        if (!(reading instanceof Reading.Value(double value))) {
            return new RuleEvaluation(current, Outcome.UNCHANGED);
        }
        return switch (current) {
            case RuleState.Inactive inactive -> condition.breaches(value)
                    ? startBreaching(now, now, condition.forDuration())
                    : unchanged(inactive);
            case RuleState.Pending pending -> condition.breaches(value)
                    ? startBreaching(pending.since(), now, condition.forDuration())
                    : unchanged(RuleState.inactive());
            case RuleState.Firing firing -> condition.cleared(value)
                    ? new RuleEvaluation(RuleState.inactive(), Outcome.CLEARED)
                    : unchanged(firing);
        };
    }

    /** Breaching since {@code since}: firing once that has lasted the {@code for} duration, pending until then. */
    private static RuleEvaluation startBreaching(Instant since, Instant now, Duration forDuration) {
        if (!Duration.between(since, now).minus(forDuration).isNegative()) {
            return new RuleEvaluation(new RuleState.Firing(now), Outcome.FIRED);
        }
        return unchanged(new RuleState.Pending(since));
    }

    private static RuleEvaluation unchanged(RuleState state) {
        return new RuleEvaluation(state, Outcome.UNCHANGED);
    }
}
