package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.ConflictException;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.domain.incident.Acknowledged;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.incident.Resolved;
import com.wedsync.usage.domain.incident.Triggered;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/** Acknowledges with the principal's subject at the clock's time, compare-and-set ({@link IncidentSteps}). */
public final class AcknowledgeIncidentService implements AcknowledgeIncidentUseCase {

    private final Incidents incidents;
    private final IncidentSteps steps;
    private final InstantSource clock;

    public AcknowledgeIncidentService(Incidents incidents, InstantSource clock, OperationalMetrics metrics) {
        this.incidents = incidents;
        this.steps = new IncidentSteps(incidents, metrics);
        this.clock = clock;
    }

    @Override
    public Incident acknowledge(AcknowledgeIncidentCommand command) {
        Principal principal = command.principal();
        Incident incident = IncidentAccess.toHandle(principal, incidents, command.incidentId());
        Optional<String> comment = IncidentStep.checkedComment(command.comment());
        Instant now = clock.instant();
        return steps.take(incident, current -> switch (current) {
            case Triggered triggered -> Optional.of(triggered.acknowledge(principal.subject(), now, comment));
            case Acknowledged acknowledged -> Optional.empty();
            case Resolved resolved -> throw new ConflictException("incident " + resolved.id()
                    + " is resolved; a resolved incident cannot be acknowledged");
        }).incident();
    }
}
