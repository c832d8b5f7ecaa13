package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

/** Pages through the store with the filter narrowed to what the principal may see. */
public final class ListIncidentsService implements ListIncidentsUseCase {

    private final Incidents incidents;

    public ListIncidentsService(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public Page<Incident> list(ListIncidentsCommand command) {
        Principal principal = command.principal();
        IncidentAccess.requirePerson(principal);
        return incidents.page(visibleTo(principal, command.filter()), command.page());
    }

    private static IncidentFilter visibleTo(Principal principal, IncidentFilter filter) {
        if (principal.isAdmin()) {
            return filter;
        }
        OrganizationId own = principal.organizationId().orElseThrow();
        filter.organizationId().filter(named -> !named.equals(own)).ifPresent(other -> {
            throw new NotFoundException("organization", other.value());
        });
        return filter.withOrganization(own);
    }
}
