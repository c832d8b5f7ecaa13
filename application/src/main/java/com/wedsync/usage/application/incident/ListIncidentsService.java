package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

/**
 * Pages through the store with the filter narrowed to what the principal may see. An organization that does not
 * exist answers 404, as the rules and silences of one do, rather than an empty list that reads like "no incidents".
 */
public final class ListIncidentsService implements ListIncidentsUseCase {

    private final Incidents incidents;
    private final Organizations organizations;

    public ListIncidentsService(Incidents incidents, Organizations organizations) {
        this.incidents = incidents;
        this.organizations = organizations;
    }

    @Override
    public Page<Incident> list(ListIncidentsCommand command) {
        Principal principal = command.principal();
        IncidentAccess.requirePerson(principal);
        IncidentFilter filter = visibleTo(principal, command.filter());
        filter.organizationId().ifPresent(named -> organizations.find(named)
                .orElseThrow(() -> new NotFoundException("organization", named.value())));
        return incidents.page(filter, command.page());
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
