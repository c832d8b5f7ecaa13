package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.Require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An incident that is over, acknowledged on the way or not. It has no transitions: it is final, and the next
 * breach of its rule opens a new incident.
 */
public record Resolved(IncidentFacts facts, IncidentStep triggered, Optional<IncidentStep> acknowledged,
                       IncidentStep resolved) implements Incident {

    public Resolved {
        Require.present(facts, "facts");
        Require.present(triggered, "triggered");
        Require.present(acknowledged, "acknowledged");
        Require.present(resolved, "resolved");
        triggered.requireKind(IncidentState.TRIGGERED, "triggered");
        acknowledged.ifPresent(step -> {
            step.requireKind(IncidentState.ACKNOWLEDGED, "acknowledged");
            step.requireNotBefore(triggered, "acknowledged");
        });
        resolved.requireKind(IncidentState.RESOLVED, "resolved");
        resolved.requireNotBefore(acknowledged.orElse(triggered), "resolved");
    }

    @Override
    public List<IncidentStep> history() {
        List<IncidentStep> steps = new ArrayList<>(3);
        steps.add(triggered);
        acknowledged.ifPresent(steps::add);
        steps.add(resolved);
        return List.copyOf(steps);
    }

    @Override
    public IncidentState state() {
        return IncidentState.RESOLVED;
    }
}
