package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.IncidentOpening;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.Triggered;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;

import java.time.InstantSource;
import java.util.Optional;

/** Opens manual incidents, taken by the principal's subject at the clock's time. */
public final class TriggerIncidentService implements TriggerIncidentUseCase {

    private final IncidentOpener opener;
    private final Organizations organizations;
    private final InstantSource clock;

    public TriggerIncidentService(Incidents incidents, Organizations organizations, SecretSource ids,
                                  InstantSource clock, OperationalMetrics metrics) {
        this.opener = new IncidentOpener(incidents, ids, metrics);
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public Triggered trigger(TriggerIncidentCommand command) {
        Principal principal = command.principal();
        AlertScope scope = scope(principal, command.organizationId());
        IncidentOpening opening = opener.open(id -> IncidentFacts.manual(id, scope, command.severity(),
                command.title(), command.details()), principal.subject(), clock.instant());
        return switch (opening) {
            case IncidentOpening.Opened opened -> opened.incident();
            // A manual fingerprint is the new incident's own id: no other incident can hold it.
            case IncidentOpening.AlreadyOpen open -> throw new IllegalStateException(
                    "a manual incident's fingerprint was taken: " + open.incident().fingerprint());
        };
    }

    private AlertScope scope(Principal principal, Optional<OrganizationId> named) {
        if (principal.role() != Role.ADMIN && principal.role() != Role.OWNER) {
            throw new AccessDeniedException("only an admin or an owner may trigger incidents");
        }
        Optional<OrganizationId> organization = named.or(principal::organizationId);
        if (organization.isEmpty()) {
            return AlertScope.system();
        }
        if (!principal.canManage(organization.get())) {
            throw new NotFoundException("organization", organization.get().value());
        }
        organizations.find(organization.get()).orElseThrow(() -> new IllegalArgumentException(
                "'organizationId' names no organization: " + organization.get()));
        return AlertScope.of(organization.get());
    }
}
