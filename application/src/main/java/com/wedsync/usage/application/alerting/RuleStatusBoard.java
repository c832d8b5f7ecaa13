package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.incident.Fingerprint;

import java.util.Map;
import java.util.Optional;

/**
 * Each rule's status as this node's evaluator last left it, for the rules API to show (state, value read, error):
 * the evaluator publishes a whole evaluation at once, and readers on other threads see one evaluation or the next,
 * never a mix.
 */
public final class RuleStatusBoard {

    private volatile Map<Fingerprint, RuleStatus> statuses = Map.of();

    void publish(Map<Fingerprint, RuleStatus> evaluated) {
        statuses = Map.copyOf(evaluated);
    }

    /** The rule's status after the last evaluation on this node; empty before the first, or for a new rule. */
    public Optional<RuleStatus> of(AlertRule rule) {
        return Optional.ofNullable(statuses.get(Fingerprint.forRule(rule.id(), rule.scope())));
    }
}
