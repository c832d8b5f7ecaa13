package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.incident.Fingerprint;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.incident.Triggered;

import java.util.Optional;

/**
 * Incidents with their histories. The store keeps the two promises no single service node can: at most one open
 * incident per fingerprint, however many nodes open one at once, and a step stored only onto the state it was
 * taken from, so that two people acting at once never write two endings.
 */
public interface Incidents {

    /**
     * Stores {@code candidate} unless an incident with its fingerprint is open, in one atomic step: of concurrent
     * calls for one fingerprint, from any number of nodes, one opens it and every other is answered with it.
     */
    IncidentOpening open(Triggered candidate);

    Optional<Incident> find(IncidentId id);

    /** The open (triggered or acknowledged) incident of the fingerprint, if there is one. */
    Optional<Incident> findOpen(Fingerprint fingerprint);

    /**
     * The incidents that pass the filter, newest first (by the time they were triggered, then by id, descending);
     * the cursor is opaque, and a page holds every incident triggered before it, whatever was added since.
     */
    Page<Incident> page(IncidentFilter filter, PageRequest page);

    /**
     * Stores the last step of {@code next} (an acknowledgement or a resolution) if the stored incident is still in
     * the state that step was taken from: compare and set. Otherwise nothing is stored, and the answer says where
     * the incident is now.
     *
     * @throws IllegalArgumentException for a {@link Triggered} incident: opening is {@link #open}'s
     */
    IncidentTransition transition(Incident next);
}
