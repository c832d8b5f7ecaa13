package com.wedsync.usage.application.port;

/** Calls and errors over a range, without latencies: what growth against the previous period compares. */
public record UsageCounts(long calls, long clientErrors, long serverErrors) {

    public static final UsageCounts NONE = new UsageCounts(0, 0, 0);

    /** Errors (4xx and 5xx) per call; 0 without calls. */
    public double errorRate() {
        return calls == 0 ? 0 : (double) (clientErrors + serverErrors) / calls;
    }
}
