package com.wedsync.usage.benchmarks.replay;

import com.wedsync.usage.domain.quota.LimitName;

import java.time.Instant;
import java.util.Map;

/**
 * One organization's burst as the replay saw it: how many calls it sent, how many were admitted, the denials
 * naming each limit, the calls that failed, when it started, and how long it took from the first call sent to the
 * last answer.
 */
public record BurstResult(OrganizationPlan plan, String organizationId, long requests, long admitted,
                          Map<LimitName, Long> deniedBy, long failed, Instant started, long spanMillis) {

    public BurstResult {
        deniedBy = Map.copyOf(deniedBy);
    }

    long denied() {
        return requests - admitted - failed;
    }
}
