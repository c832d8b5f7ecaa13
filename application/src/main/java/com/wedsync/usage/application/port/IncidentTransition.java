package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.incident.Incident;

/** What {@link Incidents#transition} did with a step. */
public sealed interface IncidentTransition {

    /** The step is stored; the incident is in its new state. */
    record Applied(Incident incident) implements IncidentTransition {
    }

    /** Someone moved the incident first; nothing was stored. {@code current} is where it is now. */
    record Superseded(Incident current) implements IncidentTransition {
    }

    /** There is no such incident (any more: its organization was erased). */
    record Missing() implements IncidentTransition {
    }
}
