package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.alerting.RuleState;

/** What one evaluation came to: rules evaluated, how many are pending and firing, and how many erred. */
public record EvaluationSummary(int rules, int pending, int firing, int errors) {

    static final class Builder {
        private int pending;
        private int firing;
        private int errors;

        void add(RuleStatus status) {
            switch (status.state()) {
                case RuleState.Pending ignored -> pending++;
                case RuleState.Firing ignored -> firing++;
                case RuleState.Inactive ignored -> { }
            }
            errors += status.error().isPresent() ? 1 : 0;
        }

        EvaluationSummary build(int rules) {
            return new EvaluationSummary(rules, pending, firing, errors);
        }
    }
}
