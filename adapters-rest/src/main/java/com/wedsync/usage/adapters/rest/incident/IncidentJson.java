package com.wedsync.usage.adapters.rest.incident;

import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.List;

/**
 * An incident on the wire, with its whole history. {@code organizationId} is null for an incident of the whole
 * system, {@code ruleId} for a manual one; {@code acknowledgedAt} and {@code resolvedAt} repeat the history's
 * times, null until the incident gets there (an incident resolved at once is never acknowledged).
 */
public record IncidentJson(String id, String state, String severity, String title, String details,
                           String organizationId, String ruleId, String fingerprint, String triggeredAt,
                           String acknowledgedAt, String resolvedAt, List<IncidentStepJson> history) {

    static IncidentJson fromDomain(Incident incident) {
        return new IncidentJson(incident.id().value(), incident.state().wireName(), incident.severity().wireName(),
                incident.title(), incident.facts().details().orElse(null),
                incident.scope().organizationId().map(OrganizationId::value).orElse(null),
                incident.ruleId().map(AlertRuleId::value).orElse(null), incident.fingerprint().value(),
                incident.triggeredAt().toString(), at(incident, IncidentState.ACKNOWLEDGED),
                at(incident, IncidentState.RESOLVED),
                incident.history().stream().map(IncidentStepJson::fromDomain).toList());
    }

    private static String at(Incident incident, IncidentState kind) {
        return incident.history().stream().filter(step -> step.kind() == kind).map(IncidentStep::at)
                .map(Object::toString).findFirst().orElse(null);
    }
}
