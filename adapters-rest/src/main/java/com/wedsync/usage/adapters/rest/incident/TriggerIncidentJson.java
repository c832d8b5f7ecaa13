package com.wedsync.usage.adapters.rest.incident;

import com.wedsync.usage.application.incident.TriggerIncidentCommand;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.Optional;

/**
 * The body of {@code POST /v1/incidents}: a title and a severity; the organization (none: the whole system, or, for
 * an owner, their own) and details may be left out.
 */
public record TriggerIncidentJson(String title, String severity, String organizationId, String details) {

    TriggerIncidentCommand toCommand(Principal principal) {
        Require.present(title, "title");
        return new TriggerIncidentCommand(principal, Optional.ofNullable(organizationId).map(OrganizationId::new),
                severity(severity), title, Optional.ofNullable(details));
    }

    static Severity severity(String wireName) {
        Require.present(wireName, "severity");
        return Severity.fromWireName(wireName).orElseThrow(() -> new IllegalArgumentException(
                "'severity' must be one of info, warning, critical, was " + Require.quoted(wireName)));
    }
}
