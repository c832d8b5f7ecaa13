package com.wedsync.usage.application.health;

import java.util.Locale;

/**
 * A component's status. {@link #UNKNOWN} is a component with nothing to tell yet (no alert evaluator running, a
 * probe that has not run): it does not count towards the service's status.
 */
public enum HealthState {
    HEALTHY,
    DEGRADED,
    UNHEALTHY,
    UNKNOWN;

    /** The name clients read: {@code healthy}, {@code degraded}, {@code unhealthy}, {@code unknown}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The worse of the two; {@link #UNKNOWN} is better than any known state, so it never spoils a summary. */
    public HealthState worse(HealthState other) {
        return severity() >= other.severity() ? this : other;
    }

    private int severity() {
        return switch (this) {
            case UNKNOWN -> 0;
            case HEALTHY -> 1;
            case DEGRADED -> 2;
            case UNHEALTHY -> 3;
        };
    }
}
