package com.wedsync.usage.adapters.rest.health;

import com.wedsync.usage.application.health.HealthMonitor;
import com.wedsync.usage.application.health.HealthSnapshot;
import com.wedsync.usage.application.health.HealthState;

import java.nio.charset.StandardCharsets;

/**
 * How the service is doing, as load balancers read it: UP; DEGRADED when it still answers every call but a component
 * is not well (typically: it decides without the shared counter store, each node on its share of the limits, DESIGN
 * §2.4); DOWN when the database does not answer, so that traffic goes elsewhere.
 */
public enum HealthStatus {
    UP(200),
    DEGRADED(200),
    DOWN(503);

    private final int httpStatus;
    private final byte[] body;

    HealthStatus(int httpStatus) {
        this.httpStatus = httpStatus;
        this.body = ("{\"status\":\"" + name() + "\"}").getBytes(StandardCharsets.US_ASCII);
    }

    /** 200 while the service can take traffic, degraded or not; 503 when it cannot. */
    public int httpStatus() {
        return httpStatus;
    }

    byte[] body() {
        return body;
    }

    /**
     * What the last health snapshot means to a load balancer: DOWN while the database is unhealthy (no call can
     * be recorded), DEGRADED while any other component is degraded or unhealthy, else UP.
     */
    public static HealthStatus of(HealthSnapshot snapshot) {
        boolean databaseDown = snapshot.component(HealthMonitor.DATABASE)
                .filter(database -> database.status() == HealthState.UNHEALTHY).isPresent();
        boolean anyWorse = snapshot.components().stream()
                .anyMatch(component -> component.status() == HealthState.DEGRADED
                        || component.status() == HealthState.UNHEALTHY);
        return of(!databaseDown, anyWorse);
    }

    /** The worse of the database's answer and the other components' (the counters') state. */
    public static HealthStatus of(boolean databaseAnswers, boolean countersDegraded) {
        if (!databaseAnswers) {
            return DOWN;
        }
        return countersDegraded ? DEGRADED : UP;
    }
}
