package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.Require;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An open incident someone has taken on. */
public record Acknowledged(IncidentFacts facts, IncidentStep triggered, IncidentStep acknowledged)
        implements Incident {

    public Acknowledged {
        Require.present(facts, "facts");
        Require.present(triggered, "triggered");
        Require.present(acknowledged, "acknowledged");
        triggered.requireKind(IncidentState.TRIGGERED, "triggered");
        acknowledged.requireKind(IncidentState.ACKNOWLEDGED, "acknowledged");
        acknowledged.requireNotBefore(triggered, "acknowledged");
    }

    public Resolved resolve(String by, Instant at, Optional<String> comment) {
        return new Resolved(facts, triggered, Optional.of(acknowledged),
                acknowledged.followedBy(IncidentState.RESOLVED, by, at, comment));
    }

    @Override
    public List<IncidentStep> history() {
        return List.of(triggered, acknowledged);
    }

    @Override
    public IncidentState state() {
        return IncidentState.ACKNOWLEDGED;
    }
}
