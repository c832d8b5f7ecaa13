package com.wedsync.usage.adapters.rest.incident;

import com.wedsync.usage.application.incident.AcknowledgeIncidentUseCase;
import com.wedsync.usage.application.incident.ListIncidentsUseCase;
import com.wedsync.usage.application.incident.ReadIncidentUseCase;
import com.wedsync.usage.application.incident.ResolveIncidentUseCase;
import com.wedsync.usage.application.incident.TriggerIncidentUseCase;

/** The use cases behind the incident routes, of both paths that reach them. */
public record IncidentUseCases(TriggerIncidentUseCase trigger, AcknowledgeIncidentUseCase acknowledge,
                               ResolveIncidentUseCase resolve, ListIncidentsUseCase list, ReadIncidentUseCase read) {
}
