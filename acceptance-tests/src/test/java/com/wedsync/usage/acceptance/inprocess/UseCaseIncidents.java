package com.wedsync.usage.acceptance.inprocess;

import com.wedsync.usage.acceptance.support.TestClock;
import com.wedsync.usage.acceptance.world.AlertEvaluation;
import com.wedsync.usage.acceptance.world.IncidentAnswer;
import com.wedsync.usage.acceptance.world.IncidentDesk;
import com.wedsync.usage.acceptance.world.IncidentView;
import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.application.ConflictException;
import com.wedsync.usage.application.incident.AcknowledgeIncidentCommand;
import com.wedsync.usage.application.incident.AcknowledgeIncidentService;
import com.wedsync.usage.application.incident.ReadIncidentCommand;
import com.wedsync.usage.application.incident.ReadIncidentService;
import com.wedsync.usage.application.incident.ResolveIncidentCommand;
import com.wedsync.usage.application.incident.ResolveIncidentService;
import com.wedsync.usage.application.incident.RuleIncidentsService;
import com.wedsync.usage.application.incident.RuleResolution;
import com.wedsync.usage.application.incident.TriggerIncidentCommand;
import com.wedsync.usage.application.incident.TriggerIncidentService;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.IncidentOpening;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.incident.Fingerprint;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The incident use cases and the evaluator's, wired by hand over the scenario's store and clock. */
final class UseCaseIncidents implements IncidentDesk {

    private final TriggerIncidentService trigger;
    private final AcknowledgeIncidentService acknowledge;
    private final ResolveIncidentService resolve;
    private final ReadIncidentService read;
    private final RuleIncidentsService evaluator;
    private final TestClock clock;

    UseCaseIncidents(TestClock clock, EmbeddedDatabase storage) {
        OperationalMetrics metrics = new OperationalMetrics();
        AtomicLong drawn = new AtomicLong();
        // Distinct ids that read in the order they were drawn: inc_0000000000000001, …
        SecretSource ids = new SecretSource() {
            @Override
            public String base62(int length) {
                return String.format("%0" + length + "d", drawn.incrementAndGet());
            }

            @Override
            public byte[] bytes(int count) {
                return new byte[count];
            }
        };
        this.trigger = new TriggerIncidentService(storage.incidents(), storage.organizations(), ids, clock, metrics);
        this.acknowledge = new AcknowledgeIncidentService(storage.incidents(), clock, metrics);
        this.resolve = new ResolveIncidentService(storage.incidents(), clock, metrics);
        this.read = new ReadIncidentService(storage.incidents());
        this.evaluator = new RuleIncidentsService(storage.incidents(), ids, metrics);
        this.clock = clock;
    }

    @Override
    public String trigger(String operator, String severity, String title, String organizationId) {
        return trigger.trigger(new TriggerIncidentCommand(operator(operator),
                Optional.of(new OrganizationId(organizationId)), severity(severity), title, Optional.empty()))
                .id().value();
    }

    @Override
    public IncidentAnswer acknowledge(String operator, String incidentId, String comment) {
        return answer(() -> acknowledge.acknowledge(new AcknowledgeIncidentCommand(operator(operator),
                new IncidentId(incidentId), Optional.ofNullable(comment))));
    }

    @Override
    public IncidentAnswer resolve(String operator, String incidentId, String comment) {
        return answer(() -> resolve.resolve(new ResolveIncidentCommand(operator(operator), new IncidentId(incidentId),
                Optional.ofNullable(comment))));
    }

    @Override
    public IncidentView incident(String incidentId) {
        Principal reader = new Principal("reader", Role.ADMIN, Optional.empty());
        return view(read.read(new ReadIncidentCommand(reader, new IncidentId(incidentId))));
    }

    public AlertEvaluation.Firing ruleFires(String ruleId, String organizationId, String severity, String title) {
        IncidentOpening opening = evaluator.openForRule(new AlertRuleId(ruleId),
                AlertScope.of(new OrganizationId(organizationId)), severity(severity), title, Optional.empty(),
                clock.instant());
        return new AlertEvaluation.Firing(opening.incident().id().value(), opening instanceof IncidentOpening.Opened);
    }

    public boolean ruleClears(String ruleId, String organizationId) {
        Fingerprint fingerprint = Fingerprint.forRule(new AlertRuleId(ruleId),
                AlertScope.of(new OrganizationId(organizationId)));
        return evaluator.resolveByEvaluator(fingerprint, clock.instant()) instanceof RuleResolution.ResolvedNow;
    }

    private static IncidentAnswer answer(Supplier<Incident> step) {
        try {
            return IncidentAnswer.of(view(step.get()));
        } catch (ConflictException refused) {
            return IncidentAnswer.refused("conflict");
        }
    }

    static IncidentView view(Incident incident) {
        return new IncidentView(incident.id().value(), incident.state().wireName(), incident.history().stream()
                .map(step -> new IncidentView.Step(step.kind().wireName(), step.by(), step.at(),
                        step.comment().orElse(null))).toList());
    }

    private static Principal operator(String name) {
        return new Principal(name, Role.ADMIN, Optional.empty());
    }

    private static Severity severity(String name) {
        return Severity.fromWireName(name).orElseThrow(() -> new IllegalArgumentException("no severity " + name));
    }
}
