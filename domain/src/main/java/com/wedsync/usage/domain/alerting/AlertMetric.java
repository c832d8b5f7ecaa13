package com.wedsync.usage.domain.alerting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an alert rule watches (DESIGN §2.7), each with its unit and the scopes it makes sense in: the system has no
 * quota, and health is the service's own, not an organization's.
 */
public enum AlertMetric {
    /** (4xx + 5xx) / calls over the window, from 0 to 1. */
    ERROR_RATE(Unit.RATIO, true, true),
    /** The 95th-percentile latency of the window's calls, in milliseconds. */
    P95_LATENCY_MS(Unit.MILLISECONDS, true, true),
    /** Calls per minute, averaged over the window. */
    REQUEST_RATE(Unit.PER_MINUTE, true, true),
    /** Denied decisions / all decisions over the window, from 0 to 1. */
    DENIED_RATE(Unit.RATIO, true, true),
    /** Today's admitted cost / today's daily quota, from 0 to 1 (an unlimited quota is 0). */
    QUOTA_UTILIZATION(Unit.RATIO, true, false),
    /** The service's worst component: 0 healthy, 1 degraded, 2 unhealthy. */
    HEALTH(Unit.HEALTH_LEVEL, false, true);

    /** How a metric's values are measured, and so which thresholds can be met at all. */
    public enum Unit {
        RATIO(1),
        MILLISECONDS(3_600_000),
        PER_MINUTE(1_000_000_000),
        HEALTH_LEVEL(2);

        private final double largest;

        Unit(double largest) {
            this.largest = largest;
        }

        /** The largest value the metric can take: a threshold above it could never be crossed. */
        public double largest() {
            return largest;
        }
    }

    private final Unit unit;
    private final boolean forOrganizations;
    private final boolean forSystem;

    AlertMetric(Unit unit, boolean forOrganizations, boolean forSystem) {
        this.unit = unit;
        this.forOrganizations = forOrganizations;
        this.forSystem = forSystem;
    }

    public Unit unit() {
        return unit;
    }

    public boolean appliesTo(AlertScope scope) {
        return scope instanceof AlertScope.System ? forSystem : forOrganizations;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertMetric> fromWireName(String name) {
        return Arrays.stream(values()).filter(metric -> metric.wireName().equals(name)).findFirst();
    }
}
