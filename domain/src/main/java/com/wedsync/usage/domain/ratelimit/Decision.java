package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.LimitName;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The answer to "may this call go ahead?": {@link Admitted} or {@link Denied}, with the state of every finite
 * limit after the decision. Unlimited limits are not listed.
 */
public sealed interface Decision permits Decision.Admitted, Decision.Denied {

    List<LimitState> limits();

    /** True when the decision was taken without the shared counter store. */
    boolean degraded();

    Decision asDegraded();

    /**
     * The limit a client should watch: the one with the least remaining (for a denial, among those that denied),
     * the longer wait first among equals. Its reset is never later than a denial's retry time.
     */
    default Optional<LimitState> mostRestrictive() {
        Comparator<LimitState> tightest = Comparator.comparingLong(LimitState::remaining)
                .thenComparing(Comparator.comparingLong(LimitState::resetSeconds).reversed());
        if (this instanceof Denied denied) {
            return limits().stream().filter(limit -> denied.violated().contains(limit.name())).min(tightest);
        }
        return limits().stream().min(tightest);
    }

    /** An admission; {@code consumed} is the cost taken from every limit (0 for a dry run). */
    record Admitted(List<LimitState> limits, long consumed, boolean degraded) implements Decision {
        public Admitted {
            limits = LimitStates.copyOf(limits);
            if (consumed < 0) {
                throw new IllegalArgumentException("'consumed' must not be negative, was " + consumed);
            }
        }

        @Override
        public Decision asDegraded() {
            return new Admitted(limits, consumed, true);
        }
    }

    /**
     * A denial. {@code retryAfterSeconds} is whole seconds, rounded up, at least 1: a retry then is admitted if
     * nothing else consumed meanwhile. It is empty when no wait helps ({@link DenialReason#COST_EXCEEDS_LIMIT}).
     */
    record Denied(List<LimitState> limits, Set<LimitName> violated, DenialReason reason,
                  OptionalLong retryAfterSeconds, boolean degraded) implements Decision {
        public Denied {
            limits = LimitStates.copyOf(limits);
            violated = LimitNameSets.copyOf(violated);
            if (retryAfterSeconds.isPresent() && retryAfterSeconds.getAsLong() < 1) {
                throw new IllegalArgumentException(
                        "'retryAfterSeconds' must be at least 1, was " + retryAfterSeconds.getAsLong());
            }
        }

        @Override
        public Decision asDegraded() {
            return new Denied(limits, violated, reason, retryAfterSeconds, true);
        }
    }
}
