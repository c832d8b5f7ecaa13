package com.wedsync.usage.adapters.persistence.rollup;

import java.time.Instant;
import java.util.List;

/**
 * What the rollup check found: how much it compared, how many rollup cells differ from the raw events, and the
 * first of those differences.
 */
public record RollupCheckReport(Instant since, int organizations, long events, long cellsCompared,
                                long differenceCount, List<String> firstDifferences) {

    public boolean passed() {
        return differenceCount == 0;
    }

    public String summary() {
        return (passed() ? "OK: " : "FAILED: ") + "rollups since " + since + " checked against " + events
                + " raw events of " + organizations + " organizations; " + cellsCompared + " rollup cells compared, "
                + differenceCount + " differ";
    }
}
