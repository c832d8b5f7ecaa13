package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.Require;

import java.time.Instant;

/** The decisions of one scope in one UTC-aligned quarter hour. */
public record DecisionBucket(Instant start, DecisionTally tally) {

    public DecisionBucket {
        Require.present(start, "start");
        Require.present(tally, "tally");
    }
}
