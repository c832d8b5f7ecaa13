package com.wedsync.usage.adapters.rest.decision;

import com.wedsync.usage.domain.ratelimit.LimitState;

/** One finite limit after a decision: its size, what remains, and in how many seconds more room appears. */
public record LimitJson(String name, long limit, long remaining, long resetSeconds) {

    static LimitJson fromDomain(LimitState state) {
        return new LimitJson(state.name().wireName(), state.limit(), state.remaining(), state.resetSeconds());
    }
}
