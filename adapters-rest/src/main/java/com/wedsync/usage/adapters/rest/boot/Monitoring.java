package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.application.health.HealthCheck;
import com.wedsync.usage.application.health.HealthGauges;
import com.wedsync.usage.application.health.HealthMonitor;
import com.wedsync.usage.application.health.HealthReading;
import com.wedsync.usage.application.health.IngestBacklog;
import com.wedsync.usage.application.health.RollupBacklogMetrics;
import com.wedsync.usage.application.metrics.OperationalMetrics;

import java.time.InstantSource;
import java.util.function.BooleanSupplier;

/**
 * The health monitor over the store and the counters, probing from the moment it is built, with its gauges in the
 * service's metrics, and the store's rollup delta backlog beside them. Whoever builds the API closes {@link com.wedsync.usage.adapters.rest.RestApi#health()}.
 */
final class Monitoring {

    private Monitoring() {
    }

    static HealthMonitor startHealthMonitor(UsageStore database, HealthCheck counterStore, InstantSource clock,
                                            OperationalMetrics metrics) {
        HealthCheck databaseCheck = () -> database.isHealthy() ? HealthReading.healthy()
                : HealthReading.unhealthy("the database does not answer a trivial query");
        HealthCheck backlog = () -> database.rollupBacklog().describedIn(database.ingestBacklog()
                .map(IngestBacklog::reading).orElseGet(IngestBacklog::noQueue));
        HealthMonitor monitor = new HealthMonitor(databaseCheck, counterStore, backlog, clock,
                HealthMonitor.DEFAULT_INTERVAL, HealthMonitor.DEFAULT_DEADLINE);
        HealthGauges.register(metrics.registry(), monitor);
        RollupBacklogMetrics.register(metrics.registry(), database::rollupBacklog);
        return monitor.start();
    }

    /** Counters that only say whether they are degraded (decide without the shared store). */
    static HealthCheck countersSaying(BooleanSupplier degraded) {
        return () -> degraded.getAsBoolean()
                ? HealthReading.degraded("deciding without the shared counter store, on this node's share")
                : HealthReading.healthy();
    }
}
