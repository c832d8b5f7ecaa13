package com.wedsync.usage.application.live;

import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A second that is over, as the replay ring keeps it: the system's totals, and those of the organizations that
 * were being watched then ({@code tracked}); an organization tracked but absent from {@code organizations} did
 * nothing in that second.
 */
record SealedSecond(long epochSecond, LiveSecond system, Map<OrganizationId, LiveSecond> organizations,
                    Set<OrganizationId> tracked) {

    SealedSecond {
        organizations = Map.copyOf(organizations);
        tracked = Set.copyOf(tracked);
    }

    boolean covers(Optional<OrganizationId> scope) {
        return scope.map(tracked::contains).orElse(true);
    }

    LiveSecond of(Optional<OrganizationId> scope) {
        return scope.map(organization -> organizations.getOrDefault(organization, LiveSecond.none(epochSecond)))
                .orElse(system);
    }
}
