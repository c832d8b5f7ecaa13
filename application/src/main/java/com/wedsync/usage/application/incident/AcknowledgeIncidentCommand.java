package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.Optional;

/** Who acknowledges which incident, with an optional comment (checked once the principal may act at all). */
public record AcknowledgeIncidentCommand(Principal principal, IncidentId incidentId, Optional<String> comment) {

    public AcknowledgeIncidentCommand {
        Require.present(principal, "principal");
        Require.present(incidentId, "incidentId");
        Require.present(comment, "comment");
    }
}
