package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.analytics.UsageMeasures;

import java.time.Instant;

/**
 * The measures of one scope's calls in one UTC-aligned quarter hour, so that every IANA zone's local hours and
 * days are whole numbers of buckets.
 */
public record UsageBucket(Instant start, UsageMeasures measures) {

    public static final long SECONDS = 900;

    public UsageBucket {
        Require.present(start, "start");
        Require.present(measures, "measures");
    }
}
