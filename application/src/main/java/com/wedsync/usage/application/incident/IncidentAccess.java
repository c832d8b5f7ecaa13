package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;

import java.util.Optional;

/**
 * Who may see and handle which incidents: admins every one; owners and viewers their own organization's (a system
 * incident, or another organization's, is missing to them: 404); only admins and owners handle them; services none.
 */
final class IncidentAccess {

    private IncidentAccess() {
    }

    /** Services meter calls; incidents are for people. */
    /**
     * The incident a person is about to take a step on: a person's, visible to them (404 otherwise), and theirs to
     * handle (403 for a viewer).
     */
    static Incident toHandle(Principal principal, Incidents incidents, IncidentId id) {
        requirePerson(principal);
        Incident incident = visible(principal, incidents.find(id), id);
        requireHandler(principal, incident);
        return incident;
    }

    static void requirePerson(Principal principal) {
        if (principal.role() == Role.SERVICE) {
            throw new AccessDeniedException("a service token may not read or handle incidents");
        }
    }

    static Incident visible(Principal principal, Optional<Incident> found, IncidentId id) {
        return found.filter(incident -> principal.isAdmin()
                        || incident.scope().organizationId().map(principal::canRead).orElse(false))
                .orElseThrow(() -> new NotFoundException("incident", id.value()));
    }

    /** For an incident the principal can see: whether it may also acknowledge and resolve it. */
    static void requireHandler(Principal principal, Incident incident) {
        if (!principal.isAdmin() && !incident.scope().organizationId().map(principal::canManage).orElse(false)) {
            throw new AccessDeniedException("role " + principal.role().wireName() + " may only read incidents");
        }
    }
}
