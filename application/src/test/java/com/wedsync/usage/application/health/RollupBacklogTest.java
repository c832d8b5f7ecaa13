package com.wedsync.usage.application.health;

import com.wedsync.usage.application.metrics.MetricFamily;
import com.wedsync.usage.application.metrics.MetricRegistry;
import com.wedsync.usage.application.metrics.MetricType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RollupBacklogTest {

    @Test
    void theBacklogAndTheCompactionsProgressAreMetricsReadAtTheScrape() {
        MetricRegistry registry = new MetricRegistry();
        RollupBacklog[] now = {RollupBacklog.none()};
        RollupBacklogMetrics.register(registry, () -> now[0]);
        now[0] = new RollupBacklog(60_000, 120_000, 12, 1);

        Map<String, MetricFamily> families = registry.collect().stream()
                .collect(Collectors.toMap(MetricFamily::name, family -> family));

        assertThat(families.get("usage_monitor_rollup_delta_backlog").type()).isEqualTo(MetricType.GAUGE);
        assertThat(families.get("usage_monitor_rollup_delta_backlog").samples().getFirst().value()).isEqualTo(60_000);
        assertThat(families.get("usage_monitor_rollup_compacted_rows_total").type()).isEqualTo(MetricType.COUNTER);
        assertThat(families.get("usage_monitor_rollup_compacted_rows_total").samples().getFirst().value())
                .isEqualTo(120_000);
        assertThat(families.get("usage_monitor_rollup_compaction_chunks_total").samples().getFirst().value())
                .isEqualTo(12);
        assertThat(families.get("usage_monitor_rollup_compaction_failures_total").samples().getFirst().value())
                .isEqualTo(1);
    }

    @Test
    void waitingRowsAreAddedToWhatTheReadingAlreadySays() {
        HealthReading reading = new RollupBacklog(42, 0, 0, 0).describedIn(IngestBacklog.noQueue());

        assertThat(reading.detail()).contains(
                "no queue: each batch is written directly; about 42 rollup delta rows waiting for compaction");
        assertThat(RollupBacklog.none().describedIn(HealthReading.healthy()).detail()).isEmpty();
    }

    @Test
    void aNegativeFigureIsABrokenPrecondition() {
        assertThatThrownBy(() -> new RollupBacklog(-1, 0, 0, 0))
                .hasMessage("'waitingRows' must not be negative, was -1");
    }
}
