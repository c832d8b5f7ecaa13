package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.application.port.IncidentOpening;
import com.wedsync.usage.application.port.IncidentTransition;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.incident.Fingerprint;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.incident.Triggered;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A store of a few incidents in which another node can be made to act between a use case's read and its write:
 * {@link #beforeNextTransition} runs what the other node does just before the next compare-and-set is answered.
 */
final class ScriptedIncidents implements Incidents {

    private final Map<IncidentId, Incident> stored = new HashMap<>();
    private Runnable meanwhile = () -> { };
    int transitions;

    void put(Incident incident) {
        stored.put(incident.id(), incident);
    }

    void remove(IncidentId id) {
        stored.remove(id);
    }

    void beforeNextTransition(Runnable anotherNode) {
        meanwhile = anotherNode;
    }

    @Override
    public IncidentOpening open(Triggered candidate) {
        Optional<Incident> open = findOpen(candidate.fingerprint());
        if (open.isPresent()) {
            return new IncidentOpening.AlreadyOpen(open.get());
        }
        put(candidate);
        return new IncidentOpening.Opened(candidate);
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<Incident> findOpen(Fingerprint fingerprint) {
        return stored.values().stream()
                .filter(incident -> incident.fingerprint().equals(fingerprint) && incident.state().isOpen())
                .findFirst();
    }

    @Override
    public Page<Incident> page(IncidentFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public IncidentTransition transition(Incident next) {
        transitions++;
        meanwhile.run();
        meanwhile = () -> { };
        Incident current = stored.get(next.id());
        if (current == null) {
            return new IncidentTransition.Missing();
        }
        if (current.state() != next.history().get(next.history().size() - 2).kind()) {
            return new IncidentTransition.Superseded(current);
        }
        put(next);
        return new IncidentTransition.Applied(next);
    }
}
