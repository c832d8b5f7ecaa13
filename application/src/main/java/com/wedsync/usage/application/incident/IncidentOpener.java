package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.IncidentOpening;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.IncidentId;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** Opens incidents under new ids ({@code inc_} and 16 base62 characters), and counts the ones it opened. */
final class IncidentOpener {

    private static final int ID_LENGTH = 16;

    private final Incidents incidents;
    private final SecretSource ids;
    private final OperationalMetrics metrics;

    IncidentOpener(Incidents incidents, SecretSource ids, OperationalMetrics metrics) {
        this.incidents = incidents;
        this.ids = ids;
        this.metrics = metrics;
    }

    /** {@code facts} makes the incident's facts under the id drawn for it. */
    IncidentOpening open(Function<IncidentId, IncidentFacts> facts, String by, Instant at) {
        IncidentId id = new IncidentId("inc_" + ids.base62(ID_LENGTH));
        IncidentOpening opening = incidents.open(Incident.trigger(facts.apply(id), by, at, Optional.empty()));
        if (opening instanceof IncidentOpening.Opened) {
            metrics.incidentEntered(IncidentState.TRIGGERED);
        }
        return opening;
    }
}
