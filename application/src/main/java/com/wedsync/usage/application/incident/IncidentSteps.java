package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.IncidentTransition;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.domain.incident.Incident;

import java.util.Optional;
import java.util.function.Function;

/**
 * Takes a step on an incident with compare-and-set: the step is worked out from the incident as read, and stored
 * only if nobody moved the incident meanwhile; if somebody did, it is worked out again from where the incident is
 * now. States only move forwards, so this ends after at most two moves by others.
 */
final class IncidentSteps {

    /** Triggered, then acknowledged, then resolved: after two moves by others, nothing is left to move. */
    private static final int MAX_ATTEMPTS = 3;

    private final Incidents incidents;
    private final OperationalMetrics metrics;

    IncidentSteps(Incidents incidents, OperationalMetrics metrics) {
        this.incidents = incidents;
        this.metrics = metrics;
    }

    /** What taking a step came to. */
    sealed interface Outcome {
        Incident incident();
    }

    /** This call stored the step. */
    record Taken(Incident incident) implements Outcome {
    }

    /** No step was due: the incident already was where the step leads (or past it, for a resolution). */
    record Unchanged(Incident incident) implements Outcome {
    }

    /**
     * {@code step} answers the next incident, empty when no step is due, or throws when the step is not allowed
     * from where the incident is.
     */
    Outcome take(Incident read, Function<Incident, Optional<Incident>> step) {
        Incident current = read;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Incident> next = step.apply(current);
            if (next.isEmpty()) {
                return new Unchanged(current);
            }
            switch (incidents.transition(next.get())) {
                case IncidentTransition.Applied applied -> {
                    metrics.incidentEntered(applied.incident().state());
                    return new Taken(applied.incident());
                }
                case IncidentTransition.Superseded superseded -> current = superseded.current();
                case IncidentTransition.Missing missing -> throw new NotFoundException("incident", read.id().value());
            }
        }
        throw new IllegalStateException("incident " + read.id() + " moved more often than its life allows");
    }
}
