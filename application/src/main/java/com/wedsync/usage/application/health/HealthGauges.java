package com.wedsync.usage.application.health;

import com.wedsync.usage.application.metrics.MetricRegistry;
import com.wedsync.usage.application.metrics.Sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The health snapshot as gauges: one series per component and status (1 for the status it is in, 0 for the
 * others, so that an alert can match on the status), the last probe's latency, and the queue depth (ingest
 * backlog) and lag (alert evaluator) of the components that have them. They read {@link HealthMonitor#latest}, so a scrape never probes anything.
 */
public final class HealthGauges {

    private static final String STATUS = "usage_monitor_health_status";

    private HealthGauges() {
    }

    public static void register(MetricRegistry registry, HealthMonitor monitor) {
        registry.gauge(STATUS,
                "1 for the status each component is in (healthy, degraded, unhealthy, unknown), 0 for the others.",
                () -> statuses(monitor.latest()));
        gauge(registry, monitor, "usage_monitor_health_probe_latency_seconds",
                "How long the last health probe of each component took.",
                component -> component.latency().map(HealthGauges::seconds).orElse(null));
        gauge(registry, monitor, "usage_monitor_health_queue_depth",
                "Usage event batches waiting for the database in the ingest queue (0 without a queue).",
                component -> component.queueDepth().isPresent() ? (double) component.queueDepth().getAsLong() : null);
        gauge(registry, monitor, "usage_monitor_health_lag_seconds",
                "How long after it was due the alert evaluator's last run finished.",
                component -> component.lag().map(HealthGauges::seconds).orElse(null));
    }

    /** One sample per component that has the figure; {@code figure} answers null when it has not. */
    private static void gauge(MetricRegistry registry, HealthMonitor monitor, String name, String help,
                              Function<ComponentHealth, Double> figure) {
        registry.gauge(name, help, () -> {
            List<Sample> samples = new ArrayList<>();
            for (ComponentHealth component : monitor.latest().components()) {
                Double value = figure.apply(component);
                if (value != null) {
                    samples.add(Sample.of(name, value, "component", component.name()));
                }
            }
            return samples;
        });
    }

    private static List<Sample> statuses(HealthSnapshot snapshot) {
        List<Sample> samples = new ArrayList<>();
        for (ComponentHealth component : snapshot.components()) {
            for (HealthState state : HealthState.values()) {
                samples.add(Sample.of(STATUS, component.status() == state ? 1 : 0,
                        "component", component.name(), "status", state.wireName()));
            }
        }
        return samples;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
