package com.wedsync.usage.adapters.rest.incident;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.incident.IncidentId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code POST /api/health-monitoring}: an {@code action}, and the fields of that action only:
 * {@code incidentId} and an optional {@code comment} to acknowledge or resolve; {@code title}, {@code severity} and
 * optionally {@code organizationId} and {@code details} to trigger. A field of another action is refused rather than
 * ignored, so that a trigger meant as a resolution does not quietly open an incident.
 */
public record HealthMonitoringActionJson(String action, String incidentId, String comment, String title,
                                         String severity, String organizationId, String details) {

    /** What the body asks for. */
    enum Action {
        ACKNOWLEDGE, RESOLVE, TRIGGER
    }

    Action toAction() {
        Require.present(action, "action");
        Action chosen = switch (action) {
            case "acknowledge" -> Action.ACKNOWLEDGE;
            case "resolve" -> Action.RESOLVE;
            case "trigger" -> Action.TRIGGER;
            default -> throw new IllegalArgumentException("'action' must be one of acknowledge, resolve, trigger, was "
                    + Require.quoted(action));
        };
        Map<String, String> foreign = chosen == Action.TRIGGER
                ? fields("incidentId", incidentId, "comment", comment)
                : fields("title", title, "severity", severity, "organizationId", organizationId, "details", details);
        foreign.keySet().stream().findFirst().ifPresent(field -> {
            throw new IllegalArgumentException("'" + field + "' is not a field of action " + Require.quoted(action));
        });
        return chosen;
    }

    IncidentId toIncidentId() {
        return new IncidentId(Require.present(incidentId, "incidentId"));
    }

    Optional<String> toComment() {
        return Optional.ofNullable(comment);
    }

    TriggerIncidentJson toTrigger() {
        return new TriggerIncidentJson(title, severity, organizationId, details);
    }

    /** The named fields that are present, in the order given. */
    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> present = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                present.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return present;
    }
}
