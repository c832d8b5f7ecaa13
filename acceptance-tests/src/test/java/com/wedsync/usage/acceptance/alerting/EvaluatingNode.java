package com.wedsync.usage.acceptance.alerting;

import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.application.alerting.AlertEvaluator;
import com.wedsync.usage.application.alerting.MetricReader;
import com.wedsync.usage.application.health.HealthState;
import com.wedsync.usage.application.incident.RuleIncidentsService;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.adapters.rest.boot.Wiring;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** One service node's alert evaluator, wired as the service wires it, over a store that nodes may share. */
final class EvaluatingNode {

    private EvaluatingNode() {
    }

    static AlertEvaluator on(UsageStore store, InstantSource clock, Notifier notifier, Supplier<HealthState> health) {
        TenantDirectory directory = new TenantDirectory(store.apiKeys(), store.organizations(), store.tiers(), clock,
                Duration.ZERO);
        MetricReader metrics = new MetricReader(store.usageRollups(), store.decisionTallies(), directory,
                new InProcessQuotaCounters(clock, store.decisionTallies()), health);
        return new AlertEvaluator(store.alertRules(), store.decisionTallies(), metrics,
                new RuleIncidentsService(store.incidents(), Wiring.secureRandomSecrets(), new OperationalMetrics()),
                store.incidents(), notifier);
    }

    static AlertEvaluator on(UsageStore store, InstantSource clock, Notifier notifier) {
        return on(store, clock, notifier, () -> HealthState.HEALTHY);
    }

    /** Two nodes evaluate at the same instant, released together, as two service nodes on one schedule do. */
    static void together(AlertEvaluator nodeA, AlertEvaluator nodeB, Instant at) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = nodes.submit(() -> {
                together.await();
                return nodeA.evaluate(at);
            });
            Future<?> b = nodes.submit(() -> {
                together.await();
                return nodeB.evaluate(at);
            });
            a.get();
            b.get();
        } finally {
            nodes.shutdownNow();
        }
    }
}
