package com.wedsync.usage.benchmarks.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every organization's usage report over the replayed period (from the earliest shifted time − 1 minute
 * to now + 1 minute) and compares the sums with what the replay saw. Reports that lag are read again, for up
 * to a given patience (15 seconds from the command), before a difference counts as a mismatch.
 */
public final class AnalyticsCheck {

    private final UsageMonitorClient client;
    private final String token;
    private final Duration patience;

    public AnalyticsCheck(UsageMonitorClient client, String token, Duration patience) {
        this.client = client;
        this.token = token;
        this.patience = patience;
    }

    /** The mismatches, each a readable line; empty when analytics agree with the replay. */
    public List<String> check(List<String> organizationIds, Instant earliest, AnalyticsTotals expected)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            List<String> mismatches = compare(expected, sum(organizationIds, earliest.minusSeconds(60)));
            if (mismatches.isEmpty() || Instant.now().isAfter(giveUp)) {
                return mismatches;
            }
            Thread.sleep(1_000);
        }
    }

    private AnalyticsTotals sum(List<String> organizationIds, Instant from) {
        Instant to = Instant.now().plusSeconds(60);
        AnalyticsTotals total = AnalyticsTotals.ZERO;
        for (String id : organizationIds) {
            total = total.plus(AnalyticsTotals.of(client.usage(token, id, from, to)));
        }
        return total;
    }

    static List<String> compare(AnalyticsTotals expected, AnalyticsTotals actual) {
        List<String> mismatches = new ArrayList<>();
        differ(mismatches, "sum of totals.calls vs events accepted", actual.calls(), expected.calls());
        differ(mismatches, "sum of decisions.admitted vs admitted", actual.admitted(), expected.admitted());
        differ(mismatches, "sum of decisions.denied vs denied", actual.denied(), expected.denied());
        differ(mismatches, "denied by daily", actual.deniedDaily(), expected.deniedDaily());
        differ(mismatches, "denied by minute", actual.deniedMinute(), expected.deniedMinute());
        differ(mismatches, "denied by burst", actual.deniedBurst(), expected.deniedBurst());
        return mismatches;
    }

    private static void differ(List<String> mismatches, String what, long analytics, long replay) {
        if (analytics != replay) {
            mismatches.add("%s: analytics %d, replay %d".formatted(what, analytics, replay));
        }
    }
}
