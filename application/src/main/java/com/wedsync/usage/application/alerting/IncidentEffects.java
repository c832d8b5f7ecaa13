package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.incident.RuleIncidentsUseCase;
import com.wedsync.usage.application.incident.RuleResolution;
import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.application.port.IncidentOpening;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.Reading;
import com.wedsync.usage.domain.incident.Fingerprint;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What a rule's step means for incidents: a rule that fired opens its incident, one that cleared resolves it (when
 * the rule resolves on its own). Every node evaluating the rule does this; the store lets one of them open and one
 * of them resolve, and only that node hands the change to the notifier, so each change is one notice.
 */
final class IncidentEffects {

    private final RuleIncidentsUseCase incidents;
    private final Notifier notifier;

    IncidentEffects(RuleIncidentsUseCase incidents, Notifier notifier) {
        this.incidents = incidents;
        this.notifier = notifier;
    }

    void fired(AlertRule rule, Reading.Value reading, Instant at) {
        IncidentOpening opening = incidents.openForRule(rule.id(), rule.scope(), rule.severity(), rule.name(),
                Optional.of(describe(rule, reading)), at);
        if (opening instanceof IncidentOpening.Opened opened) {
            notifier.send(new IncidentNotice(IncidentNotice.Kind.TRIGGERED, opened.incident(), rule, at));
        }
    }

    void cleared(AlertRule rule, Instant at) {
        if (rule.autoResolve()) {
            resolve(rule, at);
        }
    }

    /** The rule is gone while it fired: its incident resolves, and its channels hear of it once more. */
    void ruleDeleted(AlertRule rule, Instant at) {
        resolve(rule, at);
    }

    /** An open incident of a rule that no longer exists, and whose channels are unknown: resolved, untold. */
    void ruleNeverSeen(Fingerprint fingerprint, Instant at) {
        incidents.resolveByEvaluator(fingerprint, at);
    }

    private void resolve(AlertRule rule, Instant at) {
        RuleResolution resolution = incidents.resolveByEvaluator(Fingerprint.forRule(rule.id(), rule.scope()), at);
        if (resolution instanceof RuleResolution.ResolvedNow resolved) {
            notifier.send(new IncidentNotice(IncidentNotice.Kind.RESOLVED, resolved.incident(), rule, at));
        }
    }

    /** "error_rate 0.12 > 0.05 over PT5M (scope organization:acme)": what fired, in the incident's details. */
    static String describe(AlertRule rule, Reading.Value reading) {
        return String.format(Locale.ROOT, "%s %s %s %s over %s (%s)", rule.metric().wireName(),
                number(reading.value()), rule.comparator().symbol(), number(rule.threshold()), rule.window(),
                rule.scope().key());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4f", value);
    }
}
