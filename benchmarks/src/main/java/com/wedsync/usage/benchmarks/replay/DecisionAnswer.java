package com.wedsync.usage.benchmarks.replay;

import java.util.Set;

/** What the monitor answered to "may this call go ahead?", as far as the replay needs it. */
public record DecisionAnswer(boolean allowed, Set<String> violated, String reason) {

    public DecisionAnswer {
        violated = Set.copyOf(violated);
    }
}
