package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.incident.Resolved;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.InstantSource;
import java.util.Optional;

/** Resolves with the principal's subject at the clock's time, compare-and-set ({@link IncidentSteps}). */
public final class ResolveIncidentService implements ResolveIncidentUseCase {

    private final Incidents incidents;
    private final IncidentSteps steps;
    private final InstantSource clock;

    public ResolveIncidentService(Incidents incidents, InstantSource clock, OperationalMetrics metrics) {
        this.incidents = incidents;
        this.steps = new IncidentSteps(incidents, metrics);
        this.clock = clock;
    }

    @Override
    public Resolved resolve(ResolveIncidentCommand command) {
        Principal principal = command.principal();
        Incident incident = IncidentAccess.toHandle(principal, incidents, command.incidentId());
        Optional<String> comment = IncidentStep.checkedComment(command.comment());
        // Whether this call resolved it or someone had before, the resolving step leaves no other state.
        return (Resolved) steps.take(incident,
                IncidentResolution.by(principal.subject(), clock.instant(), comment)).incident();
    }
}
