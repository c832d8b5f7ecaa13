package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.time.Duration;

/**
 * When a rule breaches and when it clears: the value breaches when {@code value comparator threshold} holds, must go
 * on breaching for {@code forDuration} before the rule fires, and a firing rule clears only once the value is back
 * past {@code clearThreshold} (hysteresis: between the two thresholds a firing rule stays firing, an inactive one
 * stays inactive).
 */
public record BreachCondition(Comparator comparator, double threshold, double clearThreshold, Duration forDuration) {

    public BreachCondition {
        Require.present(comparator, "comparator");
        Require.present(forDuration, "for");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("'threshold' must be a finite number, was " + threshold);
        }
        if (!Double.isFinite(clearThreshold) || !comparator.isOnSafeSide(clearThreshold, threshold)) {
            throw new IllegalArgumentException("'clearThreshold' must not be " + (comparator.isUpward() ? "above"
                    : "below") + " the threshold " + threshold + " for comparator " + comparator.symbol()
                    + ", was " + clearThreshold);
        }
        if (forDuration.isNegative()) {
            throw new IllegalArgumentException("'for' must not be negative, was " + forDuration);
        }
    }

    /** A condition without hysteresis: it clears as soon as it stops breaching. */
    public static BreachCondition of(Comparator comparator, double threshold, Duration forDuration) {
        return new BreachCondition(comparator, threshold, threshold, forDuration);
    }

    public boolean breaches(double value) {
        return comparator.breaches(value, threshold);
    }

    public boolean cleared(double value) {
        return comparator.cleared(value, clearThreshold);
    }
}
