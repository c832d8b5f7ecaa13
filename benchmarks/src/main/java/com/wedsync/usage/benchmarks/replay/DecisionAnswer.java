package com.wedsync.usage.benchmarks.replay;

import java.util.Set;

/**
 * What the monitor answered to "may this call go ahead?", as far as the replay needs it; {@code degraded} when it
 * decided without the shared counter store (production mode only).
 */
public record DecisionAnswer(boolean allowed, Set<String> violated, String reason, boolean degraded) {

    public DecisionAnswer {
        violated = Set.copyOf(violated);
    }
}
