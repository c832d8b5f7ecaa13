package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.incident.Incident;

/** Reads one incident with its whole history: admins any, owners and viewers their own organization's. */
public interface ReadIncidentUseCase {

    /**
     * @throws com.wedsync.usage.application.NotFoundException for an unknown incident, or one the principal cannot see
     * @throws com.wedsync.usage.application.AccessDeniedException for services
     */
    Incident read(ReadIncidentCommand command);
}
