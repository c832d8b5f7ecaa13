package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.incident.Acknowledged;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.Resolved;
import com.wedsync.usage.domain.incident.Triggered;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** The resolving step, the same for people and the evaluator: from either open state; none for a resolved one. */
final class IncidentResolution {

    private IncidentResolution() {
    }

    static Function<Incident, Optional<Incident>> by(String by, Instant at, Optional<String> comment) {
        return current -> switch (current) {
            case Triggered triggered -> Optional.of(triggered.resolve(by, at, comment));
            case Acknowledged acknowledged -> Optional.of(acknowledged.resolve(by, at, comment));
            case Resolved resolved -> Optional.empty();
        };
    }
}
