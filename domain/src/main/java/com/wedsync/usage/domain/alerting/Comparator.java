package com.wedsync.usage.domain.alerting;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a metric's value is compared with a threshold. A rule breaches when {@code value comparator threshold} holds;
 * it clears when the value is back on the other side of its clear threshold, with the comparator's opposite
 * ({@link #cleared}), so that a value sitting exactly on the clear threshold does not flap.
 */
public enum Comparator {
    GREATER_THAN(">"),
    GREATER_OR_EQUAL(">="),
    LESS_THAN("<"),
    LESS_OR_EQUAL("<=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean breaches(double value, double threshold) {
        return switch (this) {
            case GREATER_THAN -> value > threshold;
            case GREATER_OR_EQUAL -> value >= threshold;
            case LESS_THAN -> value < threshold;
            case LESS_OR_EQUAL -> value <= threshold;
        };
    }

    /** Whether the value has come back past the clear threshold: the negation of breaching it. */
    public boolean cleared(double value, double clearThreshold) {
        return !breaches(value, clearThreshold);
    }

    /** Whether a clear threshold lies on the safe side of the threshold (or on it), as hysteresis needs. */
    public boolean isOnSafeSide(double clearThreshold, double threshold) {
        return isUpward() ? clearThreshold <= threshold : clearThreshold >= threshold;
    }

    public boolean isUpward() {
        return this == GREATER_THAN || this == GREATER_OR_EQUAL;
    }

    public static Optional<Comparator> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(comparator -> comparator.symbol.equals(symbol)).findFirst();
    }
}
