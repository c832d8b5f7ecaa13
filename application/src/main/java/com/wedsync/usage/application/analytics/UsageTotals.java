package com.wedsync.usage.application.analytics;

/**
 * Sums over a set of usage events. {@code errorRate} is (4xx + 5xx) / calls, 0 when there were no calls;
 * {@code meanLatencyMs} is over the events that carried a latency, absent (null) when none did.
 */
public record UsageTotals(long calls, long clientErrors, long serverErrors, double errorRate, long requestBytes,
                          long responseBytes, Double meanLatencyMs) {
}
