package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.math.BigDecimal;
import java.time.Duration;

/** The checks of a rule's numbers and durations, with messages that name the argument and show its unit. */
final class RuleValues {

    private RuleValues() {
    }

    /** A finite value from 0 to the largest the metric can take: beyond it a threshold could never be met. */
    static void requireInUnit(double value, AlertMetric metric, String name) {
        if (!Double.isFinite(value) || value < 0 || value > metric.unit().largest()) {
            throw new IllegalArgumentException("'" + name + "' must be from 0 to " + number(metric.unit().largest())
                    + " for " + metric.wireName() + ", was " + number(value));
        }
    }

    /** The clear threshold of hysteresis lies on the threshold's safe side, or on the threshold itself. */
    static void requireSafeSide(Comparator comparator, double clearThreshold, double threshold) {
        if (!comparator.isOnSafeSide(clearThreshold, threshold)) {
            throw new IllegalArgumentException("'clearThreshold' must be " + (comparator.isUpward() ? "at most"
                    : "at least") + " 'threshold' (" + number(threshold) + ") for comparator " + comparator.symbol()
                    + ", was " + number(clearThreshold));
        }
    }

    /**
     * A rule that can both fire and clear: a threshold at the very end of the metric's range would make the
     * condition hold always ({@code >= 0}) or never ({@code > largest}), and a clear threshold there would never
     * let a firing rule clear ({@code >=} clearing below 0).
     */
    static void requireCanChange(Comparator comparator, double threshold, double clearThreshold, AlertMetric metric) {
        double largest = metric.unit().largest();
        boolean always = switch (comparator) {
            case GREATER_OR_EQUAL -> threshold == 0;
            case LESS_OR_EQUAL -> threshold == largest;
            case GREATER_THAN, LESS_THAN -> false;
        };
        boolean never = switch (comparator) {
            case GREATER_THAN -> threshold == largest;
            case LESS_THAN -> threshold == 0;
            case GREATER_OR_EQUAL, LESS_OR_EQUAL -> false;
        };
        if (always || never) {
            throw new IllegalArgumentException("'threshold' " + comparator.symbol() + " " + number(threshold)
                    + " would " + (always ? "always" : "never") + " hold for " + metric.wireName() + ", whose values"
                    + " are from 0 to " + number(largest));
        }
        boolean clears = switch (comparator) {
            case GREATER_OR_EQUAL -> clearThreshold > 0;
            case LESS_OR_EQUAL -> clearThreshold < largest;
            case GREATER_THAN, LESS_THAN -> true;
        };
        if (!clears) {
            throw new IllegalArgumentException("'clearThreshold' " + number(clearThreshold) + " would never let a "
                    + "firing rule clear: " + metric.wireName() + " cannot go " + (comparator.isUpward() ? "below 0"
                    : "above " + number(largest)));
        }
    }

    static void requireWithin(Duration value, Duration least, Duration most, Duration step, String name) {
        Require.present(value, name);
        if (value.compareTo(least) < 0 || value.compareTo(most) > 0 || !value.equals(whole(value, step))) {
            throw new IllegalArgumentException("'" + name + "' must be whole " + (step.toSeconds() == 60
                    ? "minutes" : "seconds") + " from " + least + " to " + most + ", was " + value);
        }
    }

    /** A number as a person writes it: 1 rather than 1.0, 3600000 rather than 3.6E6. */
    static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    private static Duration whole(Duration value, Duration step) {
        return step.multipliedBy(value.dividedBy(step));
    }
}
