package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.Require;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An open incident nobody has taken on yet. */
public record Triggered(IncidentFacts facts, IncidentStep triggered) implements Incident {

    public Triggered {
        Require.present(facts, "facts");
        Require.present(triggered, "triggered");
        triggered.requireKind(IncidentState.TRIGGERED, "triggered");
    }

    /** Someone is on it; the incident stays open. */
    public Acknowledged acknowledge(String by, Instant at, Optional<String> comment) {
        return new Acknowledged(facts, triggered, triggered.followedBy(IncidentState.ACKNOWLEDGED, by, at, comment));
    }

    /** It is over before anyone acknowledged it (a short breach, or an operator closing it at once). */
    public Resolved resolve(String by, Instant at, Optional<String> comment) {
        return new Resolved(facts, triggered, Optional.empty(),
                triggered.followedBy(IncidentState.RESOLVED, by, at, comment));
    }

    @Override
    public List<IncidentStep> history() {
        return List.of(triggered);
    }

    @Override
    public IncidentState state() {
        return IncidentState.TRIGGERED;
    }
}
