package com.wedsync.usage.application.live;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The second being counted: the system's tally and one per organization that did something in it. */
final class OpenSecond {

    private final long epochSecond;
    private final SecondTally system = new SecondTally();
    private final Map<OrganizationId, SecondTally> organizations = new HashMap<>();

    OpenSecond(long epochSecond) {
        this.epochSecond = epochSecond;
    }

    long epochSecond() {
        return epochSecond;
    }

    void decided(OrganizationId organization, boolean admitted) {
        system.decided(admitted);
        organizations.computeIfAbsent(organization, ignored -> new SecondTally()).decided(admitted);
    }

    void stored(UsageEvent event) {
        boolean error = event.isClientError() || event.isServerError();
        Integer latency = event.latencyMs().isPresent() ? event.latencyMs().getAsInt() : null;
        system.stored(error, latency);
        organizations.computeIfAbsent(event.organizationId(), ignored -> new SecondTally()).stored(error, latency);
    }

    /** Only the tracked organizations' totals are kept: no one could ask for the others'. */
    SealedSecond seal(Set<OrganizationId> tracked) {
        Map<OrganizationId, LiveSecond> kept = new HashMap<>();
        organizations.forEach((organization, tally) -> {
            if (tracked.contains(organization)) {
                kept.put(organization, tally.seal(epochSecond));
            }
        });
        return new SealedSecond(epochSecond, system.seal(epochSecond), kept, tracked);
    }
}
