package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.Optional;

/** Which incidents a list holds: each criterion given must match; none given, all incidents. */
public record IncidentFilter(Optional<IncidentState> state, Optional<OrganizationId> organizationId,
                             Optional<Severity> severity, Optional<AlertRuleId> ruleId) {

    public static final IncidentFilter ALL = new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public IncidentFilter {
        Require.present(state, "state");
        Require.present(organizationId, "organizationId");
        Require.present(severity, "severity");
        Require.present(ruleId, "ruleId");
    }

    public IncidentFilter withOrganization(OrganizationId organization) {
        return new IncidentFilter(state, Optional.of(organization), severity, ruleId);
    }
}
