package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.incident.RuleIncidentsUseCase;
import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.BreachCondition;
import com.wedsync.usage.domain.alerting.Reading;
import com.wedsync.usage.domain.alerting.RuleEvaluation;
import com.wedsync.usage.domain.alerting.RuleState;
import com.wedsync.usage.domain.incident.Fingerprint;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates every rule once per call: reads all their metrics in a few batched statements, steps each rule's state
 * ({@link RuleEvaluation}) and turns what fired or cleared into incidents and notices. States live in this node's
 * memory; incidents, kept in the store, are what several nodes share. A node that starts takes every rule whose
 * incident is open as firing, so that the incident resolves when the rule clears.
 * Not for concurrent use: one scheduler thread calls it.
 */
public final class AlertEvaluator {

    private final RuleBook book;
    private final MetricReader metrics;
    private final IncidentEffects effects;
    private final OpenIncidents openAtStart;
    private final RuleStatusBoard board;
    private final Map<Fingerprint, Tracked> tracked = new HashMap<>();

    public AlertEvaluator(AlertRules rules, DecisionTallies decisions, MetricReader metrics,
                          RuleIncidentsUseCase incidents, Incidents incidentStore, Notifier notifier) {
        this(rules, decisions, metrics, incidents, incidentStore, notifier, new RuleStatusBoard());
    }

    /** An evaluator that publishes every rule's status after each evaluation to {@code board}. */
    public AlertEvaluator(AlertRules rules, DecisionTallies decisions, MetricReader metrics,
                          RuleIncidentsUseCase incidents, Incidents incidentStore, Notifier notifier,
                          RuleStatusBoard board) {
        this.book = new RuleBook(rules, decisions);
        this.metrics = metrics;
        this.effects = new IncidentEffects(incidents, notifier);
        this.openAtStart = new OpenIncidents(incidentStore);
        this.board = board;
    }

    /** One evaluation of every rule at {@code now}. */
    public EvaluationSummary evaluate(Instant now) {
        List<AlertRule> rules = book.at(now, stillWatchedForDenials());
        Map<Watch, Reading> readings = metrics.read(rules.stream().map(AlertEvaluator::watch).toList(), now);
        Map<Fingerprint, Tracked> next = new HashMap<>();
        EvaluationSummary.Builder summary = new EvaluationSummary.Builder();
        for (AlertRule rule : rules) {
            Fingerprint fingerprint = Fingerprint.forRule(rule.id(), rule.scope());
            RuleStatus status = step(rule, statusOf(fingerprint, now), readings.get(watch(rule)), now);
            next.put(fingerprint, new Tracked(rule, status));
            summary.add(status);
        }
        resolveDeletedRulesIncidents(next, now);
        tracked.clear();
        tracked.putAll(next);
        board.publish(next.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().status())));
        return summary.build(rules.size());
    }

    /**
     * A rule deleted while firing resolves its incident, whatever its {@code autoResolve}: nothing would ever resolve
     * it otherwise. So does the open incident of a rule this node never saw (deleted before it started). One that
     * cannot be resolved now stays tracked, to be tried again at the next evaluation.
     */
    private void resolveDeletedRulesIncidents(Map<Fingerprint, Tracked> next, Instant now) {
        tracked.forEach((fingerprint, known) -> {
            if (!next.containsKey(fingerprint) && known.status().state() instanceof RuleState.Firing) {
                try {
                    effects.ruleDeleted(known.rule(), now);
                } catch (RuntimeException e) {
                    next.put(fingerprint, new Tracked(known.rule(), new RuleStatus(known.status().state(),
                            Reading.noData(), now, Optional.of(message(e)))));
                }
            }
        });
        openAtStart.takeRuleIncidents().forEach(fingerprint -> effects.ruleNeverSeen(fingerprint, now));
    }

    /** The status of the rule on this node after the last evaluation that saw it. */
    public Optional<RuleStatus> status(AlertRule rule) {
        return board.of(rule);
    }

    private RuleStatus step(AlertRule rule, RuleStatus before, Reading reading, Instant now) {
        RuleEvaluation evaluation = RuleEvaluation.next(before.state(), reading, now, condition(rule));
        try {
            switch (evaluation.outcome()) {
                case FIRED -> effects.fired(rule, (Reading.Value) reading, now);
                case CLEARED -> effects.cleared(rule, now);
                case UNCHANGED -> { }
            }
        } catch (RuntimeException e) {
            // The incident could not be opened or resolved: keep the state it had, so the step is taken again.
            return new RuleStatus(before.state(), reading, now, Optional.of(message(e)));
        }
        Optional<String> error = reading instanceof Reading.Failed failed ? Optional.of(failed.reason())
                : Optional.empty();
        return new RuleStatus(evaluation.state(), reading, now, error);
    }

    private RuleStatus statusOf(Fingerprint fingerprint, Instant now) {
        Tracked known = tracked.get(fingerprint);
        if (known != null) {
            return known.status();
        }
        RuleState start = openAtStart.take(fingerprint) ? new RuleState.Firing(now) : RuleState.inactive();
        return RuleStatus.seeded(start, now);
    }

    private Set<OrganizationId> stillWatchedForDenials() {
        Set<OrganizationId> watched = tracked.values().stream()
                .filter(known -> known.rule().id().equals(BuiltInRules.MOSTLY_DENIED))
                .filter(known -> !(known.status().state() instanceof RuleState.Inactive))
                .map(known -> known.rule().scope().organizationId().orElseThrow()).collect(Collectors.toSet());
        watched.addAll(openAtStart.organizationsOf(BuiltInRules.MOSTLY_DENIED));
        return watched;
    }

    private static Watch watch(AlertRule rule) {
        return new Watch(rule.scope(), rule.metric(), rule.window());
    }

    private static BreachCondition condition(AlertRule rule) {
        return new BreachCondition(rule.comparator(), rule.threshold(), rule.clearThreshold(), rule.forDuration());
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private record Tracked(AlertRule rule, RuleStatus status) {
    }
}
