package com.wedsync.usage.adapters.rest.webhook;

import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/**
 * The body of a webhook: {@code type} ({@code incident.triggered} or {@code incident.resolved}), the incident as it
 * stood at the change, the rule that fired, and {@code at}, when the evaluator saw the change. Nulls are written:
 * {@code organizationId} for a system incident, {@code resolvedAt} and perhaps {@code details}.
 */
record NoticeJson(String type, IncidentPart incident, RulePart rule, String at) {

    record IncidentPart(String id, String state, String severity, String title, String details,
                        String organizationId, String ruleId, String triggeredAt, String resolvedAt) {
    }

    record RulePart(String id, String name, String metric, String comparator, Number threshold) {
    }

    static NoticeJson fromDomain(IncidentNotice notice) {
        Incident incident = notice.incident();
        AlertRule rule = notice.rule();
        return new NoticeJson("incident." + notice.kind().name().toLowerCase(java.util.Locale.ROOT),
                new IncidentPart(incident.id().value(), incident.state().wireName(), incident.severity().wireName(),
                        incident.title(), incident.facts().details().orElse(null),
                        incident.scope().organizationId().map(OrganizationId::value).orElse(null),
                        incident.ruleId().map(AlertRuleId::value).orElse(null), incident.triggeredAt().toString(),
                        incident.history().stream().filter(step -> step.kind() == IncidentState.RESOLVED)
                                .map(IncidentStep::at).map(Object::toString).findFirst().orElse(null)),
                new RulePart(rule.id().value(), rule.name(), rule.metric().wireName(), rule.comparator().symbol(),
                        number(rule.threshold())),
                notice.at().toString());
    }

    /** A whole number as a long, so that JSON shows it without a fraction, as the rules API does. */
    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 0x1p53 ? (Number) (long) value : (Number) value;
    }
}
