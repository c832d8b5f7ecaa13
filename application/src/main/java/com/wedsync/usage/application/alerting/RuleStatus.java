package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.alerting.Reading;
import com.wedsync.usage.domain.alerting.RuleState;

import java.time.Instant;
import java.util.Optional;

/**
 * How a rule stood after its last evaluation on this node: its state, what it read, and the error of that
 * evaluation, if any (a failed read, or an incident that could not be opened or resolved). An error keeps the
 * state the rule had, so the step is tried again at the next evaluation.
 */
public record RuleStatus(RuleState state, Reading reading, Instant evaluatedAt, Optional<String> error) {

    static RuleStatus seeded(RuleState state, Instant at) {
        return new RuleStatus(state, Reading.noData(), at, Optional.empty());
    }
}
