package com.wedsync.usage.application.live;

/**
 * One second of usage, for the system or one organization: the usage events stored in it ({@code calls}, and
 * {@code errors}, those with a 4xx or 5xx status), the decisions taken in it, and the 95th percentile (nearest
 * rank) of the stored events' latencies, absent (null) when none carried one. Counted when the service learned of
 * them: a batch of events counts in the second it was stored, whenever the calls happened.
 */
public record LiveSecond(long epochSecond, long calls, long admitted, long denied, long errors, Integer p95LatencyMs) {

    public static LiveSecond none(long epochSecond) {
        return new LiveSecond(epochSecond, 0, 0, 0, 0, null);
    }
}
