package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.port.IncidentOpening;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.incident.Fingerprint;

import java.time.Instant;
import java.util.Optional;

/**
 * What the alert evaluator does with incidents, on every node at once: open one when a rule fires, resolve it
 * when the rule clears. Its steps are taken by {@link com.wedsync.usage.domain.incident.IncidentStep#EVALUATOR}
 * at the time the evaluator gives, and both calls may be repeated safely: a rule that fires again while its
 * incident is open finds that incident, and a rule that clears with nothing open changes nothing.
 */
public interface RuleIncidentsUseCase {

    /** Opens the incident of the rule in its scope, or answers the one already open (triggered or acknowledged). */
    IncidentOpening openForRule(AlertRuleId rule, AlertScope scope, Severity severity, String title,
                                Optional<String> details, Instant at);

    /**
     * Resolves the open incident of the fingerprint ({@link Fingerprint#forRule}); exactly one of any concurrent
     * calls answers {@link RuleResolution.ResolvedNow}.
     */
    RuleResolution resolveByEvaluator(Fingerprint fingerprint, Instant at);
}
