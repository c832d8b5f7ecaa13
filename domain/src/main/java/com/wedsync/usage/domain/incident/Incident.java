package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Something wrong that people must see to, from the moment it is noticed until it is over.
 * <p>
 * An incident is born {@link Triggered}: an alert rule's condition held for long enough, and the evaluator opened
 * it, or an operator raised it by hand. Someone on call then acknowledges it ("I am on it"), and it is
 * {@link Acknowledged}; that step may be skipped. It ends {@link Resolved}: the evaluator saw the rule's metric come
 * back past its clear threshold, or an operator declared it over. Resolved is final. Nothing leads back, and the
 * next breach of the same rule opens a new incident with a new id, so that each incident tells one story.
 * <p>
 * Its {@link Fingerprint} says which breaches are the same incident. While an incident is open, no other with its
 * fingerprint may open; only the store sees every service node, so the store keeps that promise, not this type.
 * Every step is kept with who took it, when, and why: the history is the record of how the incident was handled.
 * The state is the type, so acknowledging a resolved incident does not compile; the use cases answer such requests
 * (a repeated step changes nothing, a step backwards is refused).
 */
public sealed interface Incident permits Triggered, Acknowledged, Resolved {

    IncidentFacts facts();

    /** Every step so far, oldest first: triggered, perhaps acknowledged, perhaps resolved. */
    List<IncidentStep> history();

    IncidentState state();

    /** Opens an incident: its first step, taken by {@code by} at {@code at}. */
    static Triggered trigger(IncidentFacts facts, String by, Instant at, Optional<String> comment) {
        return new Triggered(facts, new IncidentStep(IncidentState.TRIGGERED, by, at, comment));
    }

    /**
     * The incident whose history this is, for a store that keeps the steps; a history that is no life of an
     * incident (resolved twice, acknowledged after its resolution) is refused.
     */
    static Incident of(IncidentFacts facts, List<IncidentStep> history) {
        Require.present(history, "history");
        List<IncidentState> kinds = history.stream().map(IncidentStep::kind).toList();
        return switch (kinds.size()) {
            case 1 -> new Triggered(facts, history.getFirst());
            case 2 -> kinds.get(1) == IncidentState.ACKNOWLEDGED
                    ? new Acknowledged(facts, history.get(0), history.get(1))
                    : new Resolved(facts, history.get(0), Optional.empty(), history.get(1));
            case 3 -> new Resolved(facts, history.get(0), Optional.of(history.get(1)), history.get(2));
            default -> throw new IllegalArgumentException("'history' must hold 1 to 3 steps, held " + kinds.size());
        };
    }

    default IncidentId id() {
        return facts().id();
    }

    default Fingerprint fingerprint() {
        return facts().fingerprint();
    }

    default AlertScope scope() {
        return facts().scope();
    }

    default Optional<AlertRuleId> ruleId() {
        return facts().ruleId();
    }

    default Severity severity() {
        return facts().severity();
    }

    default String title() {
        return facts().title();
    }

    default Instant triggeredAt() {
        return history().getFirst().at();
    }

    default IncidentStep lastStep() {
        return history().getLast();
    }
}
