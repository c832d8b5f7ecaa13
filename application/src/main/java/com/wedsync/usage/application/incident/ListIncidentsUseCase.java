package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.domain.incident.Incident;

/**
 * Lists incidents, newest first, each with its history: admins all of them, owners and viewers their own
 * organization's (the filter is narrowed to it; naming another organization answers 404, as reading it would).
 */
public interface ListIncidentsUseCase {

    /** @throws com.wedsync.usage.application.AccessDeniedException for services */
    Page<Incident> list(ListIncidentsCommand command);
}
