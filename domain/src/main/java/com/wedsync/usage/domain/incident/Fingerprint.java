package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;

/**
 * What makes two breaches the same incident: at most one incident is open per fingerprint. A rule's fingerprint
 * is its id and scope ({@code rule:rule_7Hq2|organization:acme}), so that a rule breached again while its incident
 * is open finds that incident instead of opening a second one. A manual incident has a fingerprint of its own
 * ({@code manual:inc_4kQ9}): an operator who triggers twice means two incidents.
 */
public record Fingerprint(String value) {

    public static final int MAX_LENGTH = 256;

    public Fingerprint {
        IncidentText.line(value, "fingerprint", MAX_LENGTH);
    }

    public static Fingerprint forRule(AlertRuleId rule, AlertScope scope) {
        return new Fingerprint("rule:" + rule.value() + "|" + scope.key());
    }

    public static Fingerprint manual(IncidentId incident) {
        return new Fingerprint("manual:" + incident.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
