package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.health.HealthState;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Reading;
import com.wedsync.usage.domain.analytics.RollupKind;
import com.wedsync.usage.domain.analytics.UsageMeasures;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the metrics of many watches at once, from the rollups: per distinct window, one batched read of the usage
 * rollups and one of the decision tallies for every scope watched with that window, never one statement per rule.
 * <p>
 * A window is read from the rollups' quarter hours: those that overlap the last {@code window}, the current one
 * (partial) included, so a read covers the window and up to 15 minutes more. A request rate is the calls over the
 * minutes the read covers. Rates of nothing (no calls, no decisions) are 0; a percentile of nothing is no data.
 * A read that fails makes every watch it served a failed reading, so that their rules keep their state.
 */
public final class MetricReader {

    private final UsageRollups rollups;
    private final DecisionTallies decisions;
    private final QuotaUse quota;
    private final Supplier<HealthState> health;

    /** {@code health} is the service's status now, as this node's health monitor last saw it. */
    public MetricReader(UsageRollups rollups, DecisionTallies decisions, TenantDirectory directory,
                        QuotaCounters counters, Supplier<HealthState> health) {
        this.rollups = rollups;
        this.decisions = decisions;
        this.quota = new QuotaUse(directory, counters);
        this.health = health;
    }

    /** Every watch's reading at {@code now}. */
    public Map<Watch, Reading> read(Collection<Watch> watches, Instant now) {
        Map<Watch, Reading> readings = new HashMap<>();
        Map<Duration, List<Watch>> byWindow = watches.stream().collect(Collectors.groupingBy(Watch::window));
        byWindow.forEach((window, sameWindow) -> readings.putAll(readWindow(window, sameWindow, now)));
        return readings;
    }

    private Map<Watch, Reading> readWindow(Duration window, List<Watch> watches, Instant now) {
        Instant from = RollupKind.quarterHourStart(now.minus(window));
        Map<Watch, Reading> readings = new HashMap<>();
        try {
            Set<UsageScope> usageScopes = scopesWatching(watches, AlertMetric.ERROR_RATE, AlertMetric.P95_LATENCY_MS,
                    AlertMetric.REQUEST_RATE);
            Set<UsageScope> decisionScopes = scopesWatching(watches, AlertMetric.DENIED_RATE);
            Map<UsageScope, UsageMeasures> usage = usageScopes.isEmpty() ? Map.of()
                    : rollups.totals(usageScopes, from, now);
            Map<UsageScope, DecisionTally> decided = decisionScopes.isEmpty() ? Map.of()
                    : decisions.totals(decisionScopes, from, now);
            double minutes = Math.max(1, Duration.between(from, now).toMillis() / 60_000.0);
            for (Watch watch : watches) {
                UsageScope scope = usageScope(watch.scope());
                readings.put(watch, reading(watch.metric(), scope, usage.get(scope), decided.get(scope), minutes));
            }
        } catch (RuntimeException e) {
            Reading failed = Reading.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            watches.forEach(watch -> readings.put(watch, failed));
        }
        return readings;
    }

    private Reading reading(AlertMetric metric, UsageScope scope, UsageMeasures usage, DecisionTally decided,
                            double minutes) {
        UsageMeasures measures = usage == null ? UsageMeasures.none() : usage;
        return switch (metric) {
            case ERROR_RATE -> Reading.of(measures.errorRate());
            case P95_LATENCY_MS -> percentile(measures.latency().percentile(95));
            case REQUEST_RATE -> Reading.of(measures.calls() / minutes);
            case DENIED_RATE -> Reading.of(deniedRate(decided == null ? DecisionTally.NONE : decided));
            case QUOTA_UTILIZATION -> quota.of(((UsageScope.Organization) scope).id());
            case HEALTH -> Reading.of(healthLevel(health.get()));
        };
    }

    private static Reading percentile(OptionalInt value) {
        return value.isPresent() ? Reading.of(value.getAsInt()) : Reading.noData();
    }

    private static double deniedRate(DecisionTally tally) {
        long decided = tally.admitted() + tally.denied();
        return decided == 0 ? 0 : (double) tally.denied() / decided;
    }

    /** 0 healthy, 1 degraded, 2 unhealthy: the scale of {@link AlertMetric#HEALTH}. */
    static int healthLevel(HealthState state) {
        return switch (state) {
            case HEALTHY, UNKNOWN -> 0;
            case DEGRADED -> 1;
            case UNHEALTHY -> 2;
        };
    }

    /** The scopes of the watches of any of {@code metrics}: only those are read for them. */
    private static Set<UsageScope> scopesWatching(List<Watch> watches, AlertMetric... metrics) {
        Set<AlertMetric> wanted = Set.of(metrics);
        return watches.stream().filter(watch -> wanted.contains(watch.metric()))
                .map(watch -> usageScope(watch.scope())).collect(Collectors.toSet());
    }

    static UsageScope usageScope(AlertScope scope) {
        return switch (scope) {
            case AlertScope.Organization organization -> UsageScope.of(organization.id());
            case AlertScope.System system -> UsageScope.system();
        };
    }
}
