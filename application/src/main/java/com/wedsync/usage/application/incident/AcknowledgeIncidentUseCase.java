package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.incident.Incident;

/**
 * Someone on call takes an incident on: admins any, owners their own organization's. Acknowledging an acknowledged
 * incident answers it unchanged (no new step, the comment is not kept); a resolved one cannot be acknowledged.
 */
public interface AcknowledgeIncidentUseCase {

    /**
     * @return the incident acknowledged, now or before
     * @throws com.wedsync.usage.application.NotFoundException for an unknown incident, or one the principal cannot see
     * @throws com.wedsync.usage.application.AccessDeniedException for viewers and services
     * @throws com.wedsync.usage.application.ConflictException when the incident is resolved
     */
    Incident acknowledge(AcknowledgeIncidentCommand command);
}
