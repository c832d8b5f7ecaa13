package com.wedsync.usage.adapters.rest.incident;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

/** What both incident paths answer: a new incident (201, Location), an incident after a step (200). */
final class IncidentAnswers {

    private static final ObjectWriter INCIDENT_WRITER = Json.writerFor(IncidentJson.class);

    private IncidentAnswers() {
    }

    static void created(ServerResponse response, Incident incident) {
        response.header(HeaderNames.LOCATION, "/v1/incidents/" + incident.id().value());
        JsonBodies.send(response, 201, INCIDENT_WRITER, IncidentJson.fromDomain(incident));
    }

    static void send(ServerResponse response, Incident incident) {
        JsonBodies.send(response, 200, INCIDENT_WRITER, IncidentJson.fromDomain(incident));
    }

    /**
     * Checked before a body is read, so that a caller without the right learns that first rather than how to fix
     * a body it may not send; the use cases check again, with the incident's organization.
     */
    static Principal handler(Principal principal) {
        if (principal.role() != Role.ADMIN && principal.role() != Role.OWNER) {
            throw new AccessDeniedException("only an admin or an owner may trigger, acknowledge or resolve incidents");
        }
        return principal;
    }
}
