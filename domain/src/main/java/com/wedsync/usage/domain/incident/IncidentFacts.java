package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;

import java.util.Optional;

/**
 * What an incident is about, fixed when it opens: whose traffic (its scope), the rule that breached (none for a
 * manual incident), how severe, a title and optional details. The fingerprint follows from the rule and scope,
 * or, for a manual incident, from its id; it is checked, never chosen.
 */
public record IncidentFacts(IncidentId id, Fingerprint fingerprint, AlertScope scope, Optional<AlertRuleId> ruleId,
                            Severity severity, String title, Optional<String> details) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DETAILS_LENGTH = 4000;

    public IncidentFacts {
        Require.present(id, "id");
        Require.present(fingerprint, "fingerprint");
        Require.present(scope, "scope");
        Require.present(ruleId, "ruleId");
        Require.present(severity, "severity");
        IncidentText.line(title, "title", MAX_TITLE_LENGTH);
        Require.present(details, "details");
        details.ifPresent(text -> IncidentText.note(text, "details", MAX_DETAILS_LENGTH));
        details = details.filter(text -> !text.isBlank());
        Fingerprint expected = ruleId.map(rule -> Fingerprint.forRule(rule, scope)).orElse(Fingerprint.manual(id));
        if (!fingerprint.equals(expected)) {
            throw new IllegalArgumentException("'fingerprint' must be " + expected + " for this incident, was "
                    + Require.quoted(fingerprint.value()));
        }
    }

    /** An incident an operator opens by hand. */
    public static IncidentFacts manual(IncidentId id, AlertScope scope, Severity severity, String title,
                                       Optional<String> details) {
        return new IncidentFacts(id, Fingerprint.manual(id), scope, Optional.empty(), severity, title, details);
    }

    /** An incident a breached rule opens. */
    public static IncidentFacts forRule(IncidentId id, AlertRuleId rule, AlertScope scope, Severity severity,
                                        String title, Optional<String> details) {
        return new IncidentFacts(id, Fingerprint.forRule(rule, scope), scope, Optional.of(rule), severity, title,
                details);
    }
}
