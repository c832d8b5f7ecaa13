package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.incident.Triggered;

/**
 * An operator opens an incident by hand: admins for the system or any organization, owners for their own. Each
 * manual trigger is an incident of its own (its fingerprint is its id), so triggering twice opens two.
 */
public interface TriggerIncidentUseCase {

    /**
     * @throws com.wedsync.usage.application.AccessDeniedException for viewers and services
     * @throws com.wedsync.usage.application.NotFoundException for an owner naming another organization
     * @throws IllegalArgumentException for a bad title or details, or an organization that does not exist
     */
    Triggered trigger(TriggerIncidentCommand command);
}
