package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.Triggered;

/** What {@link Incidents#open} did: opened the incident asked for, or found one of its fingerprint open. */
public sealed interface IncidentOpening {

    Incident incident();

    /** The candidate was stored: a new incident. */
    record Opened(Triggered incident) implements IncidentOpening {
    }

    /** An incident of the same fingerprint was open (triggered or acknowledged); nothing was stored. */
    record AlreadyOpen(Incident incident) implements IncidentOpening {
    }
}
