package com.wedsync.usage.adapters.rest.incident;

import com.wedsync.usage.domain.incident.IncidentStep;

/** One step of an incident's history: its kind (the state it entered), who took it, when, and the comment or null. */
public record IncidentStepJson(String kind, String by, String at, String comment) {

    static IncidentStepJson fromDomain(IncidentStep step) {
        return new IncidentStepJson(step.kind().wireName(), step.by(), step.at().toString(),
                step.comment().orElse(null));
    }
}
