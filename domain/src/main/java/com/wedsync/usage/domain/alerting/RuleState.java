package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.time.Instant;

/**
 * Where a rule stands between evaluations: {@link Inactive}, {@link Pending} (breaching, but not yet for its whole
 * {@code for} duration) or {@link Firing}. A pending rule whose condition stops returns to inactive, so a metric
 * that flaps faster than the {@code for} duration never fires.
 */
public sealed interface RuleState {

    static RuleState inactive() {
        return Inactive.INSTANCE;
    }

    /** Not breaching. */
    record Inactive() implements RuleState {

        private static final Inactive INSTANCE = new Inactive();
    }

    /** Breaching since {@code since}, not yet for the whole {@code for} duration. */
    record Pending(Instant since) implements RuleState {

        public Pending {
            Require.present(since, "since");
        }
    }

    /** Fired at {@code since}; stays firing until the value is back past the clear threshold. */
    record Firing(Instant since) implements RuleState {

        public Firing {
            Require.present(since, "since");
        }
    }
}
