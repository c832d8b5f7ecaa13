package com.wedsync.usage.adapters.rest.health;

import java.nio.charset.StandardCharsets;

/**
 * How the service is doing, as load balancers read it: UP; DEGRADED when it still answers every call but decides
 * without the shared counter store (each node on its share of the limits, DESIGN §2.4); DOWN when the database does
 * not answer, so that traffic goes elsewhere.
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

    /** The worse of the database's answer and the counters' state. */
    public static HealthStatus of(boolean databaseAnswers, boolean countersDegraded) {
        if (!databaseAnswers) {
            return DOWN;
        }
        return countersDegraded ? DEGRADED : UP;
    }
}
