package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.incident.Resolved;

/**
 * Someone declares an incident over, acknowledged or not: admins any, owners their own organization's. Resolving a
 * resolved incident answers it unchanged (no new step, the comment is not kept).
 */
public interface ResolveIncidentUseCase {

    /**
     * @throws com.wedsync.usage.application.NotFoundException for an unknown incident, or one the principal cannot see
     * @throws com.wedsync.usage.application.AccessDeniedException for viewers and services
     */
    Resolved resolve(ResolveIncidentCommand command);
}
