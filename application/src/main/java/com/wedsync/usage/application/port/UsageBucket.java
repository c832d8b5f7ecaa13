package com.wedsync.usage.application.port;

import java.time.Instant;

/**
 * The events of one organization in one quarter hour (UTC-aligned, so every IANA zone's local hours and days are
 * whole numbers of buckets). {@code latencyCount} counts the events that carried a latency.
 */
public record UsageBucket(Instant start, long calls, long clientErrors, long serverErrors, long requestBytes,
                          long responseBytes, long latencyCount, long latencySumMs) {

    public static final long SECONDS = 900;
}
