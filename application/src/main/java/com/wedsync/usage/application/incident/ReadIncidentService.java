package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.domain.incident.Incident;

/** Finds the incident in the store, if the principal may see it. */
public final class ReadIncidentService implements ReadIncidentUseCase {

    private final Incidents incidents;

    public ReadIncidentService(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public Incident read(ReadIncidentCommand command) {
        IncidentAccess.requirePerson(command.principal());
        return IncidentAccess.visible(command.principal(), incidents.find(command.incidentId()),
                command.incidentId());
    }
}
