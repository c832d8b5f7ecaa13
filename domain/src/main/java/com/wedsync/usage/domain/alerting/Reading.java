package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

/** What one evaluation read of a rule's metric: a value, nothing to measure, or a failure to read. */
public sealed interface Reading {

    static Reading of(double value) {
        return new Value(value);
    }

    static Reading noData() {
        return NoData.INSTANCE;
    }

    static Reading failed(String reason) {
        return new Failed(reason);
    }

    /** The metric's value over the window. */
    record Value(double value) implements Reading {

        public Value {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("'value' must be a finite number, was " + value);
            }
        }
    }

    /**
     * The window holds nothing the metric can be computed from (a 95th percentile without calls): neither a breach
     * nor a recovery, so the rule keeps its state.
     */
    record NoData() implements Reading {

        private static final NoData INSTANCE = new NoData();
    }

    /** The metric could not be read (the store was away, a query timed out): the rule keeps its state. */
    record Failed(String reason) implements Reading {

        public Failed {
            Require.present(reason, "reason");
        }
    }
}
