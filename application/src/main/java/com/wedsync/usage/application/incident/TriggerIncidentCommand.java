package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.Optional;

/**
 * Who opens an incident by hand, for which organization (none: the whole system; an owner who names none means
 * their own), how severe, and what it is about.
 */
public record TriggerIncidentCommand(Principal principal, Optional<OrganizationId> organizationId, Severity severity,
                                     String title, Optional<String> details) {

    public TriggerIncidentCommand {
        Require.present(principal, "principal");
        Require.present(organizationId, "organizationId");
        Require.present(severity, "severity");
        Require.present(title, "title");
        Require.present(details, "details");
    }
}
