package com.wedsync.usage.adapters.rest.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.usage.application.health.ComponentHealth;
import com.wedsync.usage.application.health.HealthSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The admin's view of health: the summary's status and time, and every component with its figures. */
record HealthDetailJson(String status, String checkedAt, List<ComponentJson> components) {

    /** A component; a figure that does not apply to it, or was never measured, is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ComponentJson(String name, String status, String checkedAt, Double latencyMs, String lastSuccess,
                         Long queueDepth, Double lagMs, String detail, String error) {

        static ComponentJson fromDomain(ComponentHealth component) {
            return new ComponentJson(component.name(), component.status().wireName(),
                    component.checkedAt().toString(), component.latency().map(HealthDetailJson::millis).orElse(null),
                    component.lastSuccess().map(Instant::toString).orElse(null),
                    component.queueDepth().isPresent() ? component.queueDepth().getAsLong() : null,
                    component.lag().map(HealthDetailJson::millis).orElse(null), component.detail().orElse(null),
                    component.error().orElse(null));
        }
    }

    static HealthDetailJson fromDomain(HealthSnapshot snapshot) {
        return new HealthDetailJson(snapshot.status().wireName(), snapshot.takenAt().toString(),
                snapshot.components().stream().map(ComponentJson::fromDomain).toList());
    }

    /** Milliseconds to the microsecond: a local database answers in well under one. */
    private static double millis(Duration duration) {
        return Math.round(duration.toNanos() / 1_000.0) / 1_000.0;
    }
}
