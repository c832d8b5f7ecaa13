package com.wedsync.usage.application.health;

import com.wedsync.usage.application.metrics.MetricRegistry;
import com.wedsync.usage.application.metrics.Sample;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The rollup delta backlog and the compaction's progress in the service's metrics. They read figures the store
 * keeps in memory ({@code backlog} must not query), so a scrape costs nothing.
 */
public final class RollupBacklogMetrics {

    private RollupBacklogMetrics() {
    }

    public static void register(MetricRegistry registry, Supplier<RollupBacklog> backlog) {
        registry.gauge("usage_monitor_rollup_delta_backlog",
                "Rollup delta rows waiting to be merged into their cells (counted when caught up, else estimated);"
                        + " every analytics read adds them up.",
                read(backlog, "usage_monitor_rollup_delta_backlog", RollupBacklog::waitingRows));
        registry.counterReading("usage_monitor_rollup_compacted_rows_total",
                "Rollup delta rows the background compaction merged into their cells.",
                read(backlog, "usage_monitor_rollup_compacted_rows_total", RollupBacklog::mergedRows));
        registry.counterReading("usage_monitor_rollup_compaction_chunks_total",
                "Compaction transactions that merged delta rows.",
                read(backlog, "usage_monitor_rollup_compaction_chunks_total", RollupBacklog::mergedChunks));
        registry.counterReading("usage_monitor_rollup_compaction_failures_total",
                "Compaction transactions that failed and were rolled back (tried again after a pause).",
                read(backlog, "usage_monitor_rollup_compaction_failures_total", RollupBacklog::failedChunks));
    }

    private static Supplier<List<Sample>> read(Supplier<RollupBacklog> backlog, String name,
                                               ToLongFunction<RollupBacklog> figure) {
        return () -> List.of(Sample.of(name, figure.applyAsLong(backlog.get())));
    }
}
