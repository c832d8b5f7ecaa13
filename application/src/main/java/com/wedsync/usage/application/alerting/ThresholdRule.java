package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.Severity;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The rule a usage alert threshold stands for. The original endpoint takes a number per metric and nothing else,
 * so the rest is fixed here: reached at the threshold ({@code >=}, so that a quota utilization of 1, all of the
 * quota, can be reached at all), over the last 5 minutes, at once (no {@code for}), as a warning, clearing below
 * the threshold, with no channels (the incident is the alert; a rule that calls a webhook is made through the rules
 * API, since setting the thresholds again resets their rules to this).
 */
final class ThresholdRule {

    static final Comparator COMPARATOR = Comparator.GREATER_OR_EQUAL;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final Severity SEVERITY = Severity.WARNING;

    private ThresholdRule() {
    }

    static AlertRuleDefinition definition(AlertMetric metric, double threshold) {
        return new AlertRuleDefinition("Usage alert threshold: " + metric.wireName(), metric, COMPARATOR, threshold,
                OptionalDouble.of(threshold), WINDOW, Duration.ZERO, SEVERITY, List.of(), true);
    }
}
