package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.adapters.redis.shared.FailoverQuotaCounters;
import com.wedsync.usage.adapters.redis.shared.RedisQuotaCounters;
import com.wedsync.usage.adapters.redis.shared.SharedCountersHealth;
import com.wedsync.usage.application.health.HealthCheck;
import com.wedsync.usage.application.health.HealthReading;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.QuotaCounters;

import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The counters the service decides with, chosen by configuration: in-process ones on the embedded default, or
 * Redis (one server or a cluster) with the in-process store as the bounded fallback. Either way the in-process
 * ledgers of idle organizations are swept every minute, so memory follows the active organizations only.
 */
final class CounterStore implements AutoCloseable {

    private static final long SWEEP_SECONDS = 60;
    /** How long the health probe waits for Redis: past this the component is degraded, whatever comes later. */
    private static final Duration HEALTH_WAIT = Duration.ofMillis(500);

    private final QuotaCounters counters;
    private final FailoverQuotaCounters failover;
    private final RedisQuotaCounters redis;
    private final ScheduledExecutorService sweeper;
    private final String description;

    private CounterStore(QuotaCounters counters, FailoverQuotaCounters failover, RedisQuotaCounters redis,
                         ScheduledExecutorService sweeper, String description) {
        this.counters = counters;
        this.failover = failover;
        this.redis = redis;
        this.sweeper = sweeper;
        this.description = description;
    }

    static CounterStore open(RedisSettings settings, InstantSource clock, DecisionTallies tallies) {
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("quota-counter-sweep").factory());
        try {
            if (!settings.isShared()) {
                InProcessQuotaCounters local = new InProcessQuotaCounters(clock, tallies);
                sweeper.scheduleWithFixedDelay(local::forgetIdle, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
                return new CounterStore(local, null, null, sweeper, "in-process counters");
            }
            RedisQuotaCounters redis = settings.isCluster()
                    ? RedisQuotaCounters.connectCluster(settings.clusterSeeds(), clock)
                    : RedisQuotaCounters.connect(settings.url().orElseThrow(), clock);
            InProcessQuotaCounters fallback = new InProcessQuotaCounters(clock);
            sweeper.scheduleWithFixedDelay(fallback::forgetIdle, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
            FailoverQuotaCounters failover = new FailoverQuotaCounters(redis, fallback, settings.nodeCount(),
                    settings.budget());
            String where = settings.isCluster() ? "Redis Cluster " + String.join(",", settings.clusterSeeds())
                    : "Redis " + settings.url().orElseThrow();
            return new CounterStore(failover, failover, redis, sweeper, "counters on " + where);
        } catch (RuntimeException e) {
            sweeper.shutdownNow();
            throw e;
        }
    }

    QuotaCounters counters() {
        return counters;
    }

    /** Redis asked directly and the failover's state; in-process counters are always there. */
    HealthCheck healthCheck() {
        if (redis == null) {
            return () -> HealthReading.healthy().withDetail("in-process counters: this node's decisions only");
        }
        return new SharedCountersHealth(redis, failover, HEALTH_WAIT);
    }

    /** True while decisions are made without the shared store. */
    boolean isDegraded() {
        return failover != null && failover.isDegraded();
    }

    String describe() {
        return description;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        if (failover != null) {
            failover.close();
        }
        if (redis != null) {
            redis.close();
        }
    }
}
