package com.wedsync.usage.adapters.rest.health;

import com.wedsync.usage.application.health.HealthSnapshot;
import com.wedsync.usage.application.health.HealthState;

import java.nio.charset.StandardCharsets;

/**
 * The public health summary of one snapshot, rendered once: {@code {"status":"healthy","checkedAt":"…"}}, with 200
 * while the service can take traffic (healthy or degraded) and 503 when it is unhealthy. The handler keeps the last
 * one and renders again only when the monitor has taken a new snapshot, so a load balancer's probe costs a
 * reference comparison and a write.
 */
record HealthSummary(HealthSnapshot snapshot, int httpStatus, byte[] body) {

    static HealthSummary of(HealthSnapshot snapshot) {
        HealthState status = snapshot.status();
        String json = "{\"status\":\"" + status.wireName() + "\",\"checkedAt\":\"" + snapshot.takenAt() + "\"}";
        return new HealthSummary(snapshot, status == HealthState.UNHEALTHY ? 503 : 200,
                json.getBytes(StandardCharsets.US_ASCII));
    }
}
