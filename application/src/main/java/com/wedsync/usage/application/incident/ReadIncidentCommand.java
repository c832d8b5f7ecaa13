package com.wedsync.usage.application.incident;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.tenancy.Principal;

/** Who reads which incident. */
public record ReadIncidentCommand(Principal principal, IncidentId incidentId) {

    public ReadIncidentCommand {
        Require.present(principal, "principal");
        Require.present(incidentId, "incidentId");
    }
}
