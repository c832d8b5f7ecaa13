package com.wedsync.usage.application.health;

/**
 * The rollup changes appends left as delta rows, not yet merged into their cells, and what the background
 * compaction has merged since the store opened. {@code waitingRows} is as the compaction last looked (counted once it
 * has caught up, the database's estimate while it works through a backlog); readers add every waiting row on every read, so a growing figure
 * means slower analytics and alert evaluations (docs/operations.md says what to do).
 */
public record RollupBacklog(long waitingRows, long mergedRows, long mergedChunks, long failedChunks) {

    public RollupBacklog {
        check("waitingRows", waitingRows);
        check("mergedRows", mergedRows);
        check("mergedChunks", mergedChunks);
        check("failedChunks", failedChunks);
    }

    /** A store whose appends write their cells directly (the embedded database): nothing ever waits. */
    public static RollupBacklog none() {
        return new RollupBacklog(0, 0, 0, 0);
    }

    /**
     * {@code reading} with this backlog said in its detail (after what it already says), for the admin health
     * view: the figure is in memory, so the probe queries nothing more. Nothing is added when no row waits.
     */
    public HealthReading describedIn(HealthReading reading) {
        if (waitingRows == 0) {
            return reading;
        }
        String said = "about " + waitingRows + " rollup delta rows waiting for compaction";
        return reading.withDetail(reading.detail().map(detail -> detail + "; " + said).orElse(said));
    }

    private static void check(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("'" + name + "' must not be negative, was " + value);
        }
    }
}
