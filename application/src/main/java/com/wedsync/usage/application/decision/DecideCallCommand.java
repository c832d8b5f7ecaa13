package com.wedsync.usage.application.decision;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.HttpMethod;

/**
 * "May this call go ahead?": whose call, to which endpoint, at what cost (1 unless the caller says otherwise);
 * with {@code dryRun} the answer is computed and nothing is consumed or counted.
 */
public record DecideCallCommand(CallSubject subject, Endpoint endpoint, HttpMethod method, long cost,
                                boolean dryRun) {

    public static final long MAX_COST = 1_000_000_000L;

    public DecideCallCommand {
        Require.present(subject, "subject");
        Require.present(endpoint, "endpoint");
        Require.present(method, "method");
        Require.positive(cost, "cost");
        if (cost > MAX_COST) {
            throw new IllegalArgumentException("'cost' must be at most " + MAX_COST + ", was " + cost);
        }
    }
}
