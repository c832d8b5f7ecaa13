package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.IncidentOpening;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.incident.Fingerprint;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.incident.Resolved;

import java.time.Instant;
import java.util.Optional;

/** The evaluator's incidents, kept to one open per rule and scope by the store ({@link Incidents#open}). */
public final class RuleIncidentsService implements RuleIncidentsUseCase {

    private final Incidents incidents;
    private final IncidentOpener opener;
    private final IncidentSteps steps;

    public RuleIncidentsService(Incidents incidents, SecretSource ids, OperationalMetrics metrics) {
        this.incidents = incidents;
        this.opener = new IncidentOpener(incidents, ids, metrics);
        this.steps = new IncidentSteps(incidents, metrics);
    }

    @Override
    public IncidentOpening openForRule(AlertRuleId rule, AlertScope scope, Severity severity, String title,
                                       Optional<String> details, Instant at) {
        return opener.open(id -> IncidentFacts.forRule(id, rule, scope, severity, title, details),
                IncidentStep.EVALUATOR, at);
    }

    @Override
    public RuleResolution resolveByEvaluator(Fingerprint fingerprint, Instant at) {
        Optional<Incident> open = incidents.findOpen(fingerprint);
        if (open.isEmpty()) {
            return new RuleResolution.NothingOpen();
        }
        try {
            IncidentSteps.Outcome outcome = steps.take(open.get(),
                    IncidentResolution.by(IncidentStep.EVALUATOR, at, Optional.empty()));
            return switch (outcome) {
                case IncidentSteps.Taken taken -> new RuleResolution.ResolvedNow((Resolved) taken.incident());
                case IncidentSteps.Unchanged unchanged -> new RuleResolution.NothingOpen();
            };
        } catch (NotFoundException erased) {
            // Its organization was erased between the read and the step: nothing is open any more.
            return new RuleResolution.NothingOpen();
        }
    }
}
