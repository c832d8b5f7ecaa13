package com.wedsync.usage.application.health;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every component as the prober last saw it, at {@code takenAt}. The service's status is the worst known status
 * of its components ({@link HealthState#UNKNOWN} ones aside); with none known, it is healthy.
 */
public record HealthSnapshot(Instant takenAt, List<ComponentHealth> components) {

    public HealthSnapshot {
        components = List.copyOf(components);
    }

    public HealthState status() {
        HealthState worst = HealthState.HEALTHY;
        for (ComponentHealth component : components) {
            worst = worst.worse(component.status());
        }
        return worst == HealthState.UNKNOWN ? HealthState.HEALTHY : worst;
    }

    public Optional<ComponentHealth> component(String name) {
        return components.stream().filter(component -> component.name().equals(name)).findFirst();
    }
}
