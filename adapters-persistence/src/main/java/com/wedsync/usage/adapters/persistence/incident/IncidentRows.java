package com.wedsync.usage.adapters.persistence.incident;

import com.wedsync.usage.adapters.persistence.sql.Numbers;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.incident.Fingerprint;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import io.helidon.dbclient.DbRow;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incidents to rows and back. A read joins each incident to its steps, one row per step in history order, so that
 * one statement (one snapshot) gives an incident and its whole history; enums are stored by name.
 */
final class IncidentRows {

    /** The columns of a joined read, incident {@code i} and step {@code s}. */
    static final String COLUMNS = "i.id, i.fingerprint, i.organization_id, i.rule_id, i.severity, i.title, i.details,"
            + " i.triggered_at, s.step_no, s.kind, s.taken_by, s.taken_at, s.comment_text";
    static final String STEPS = " JOIN incident_step s ON s.incident_id = i.id";

    private IncidentRows() {
    }

    /** The incidents of joined rows, in the order of their first rows. */
    static List<Incident> incidents(List<DbRow> rows) {
        Map<String, List<DbRow>> byIncident = new LinkedHashMap<>();
        rows.forEach(row -> byIncident.computeIfAbsent(row.column("id").getString(), id -> new ArrayList<>())
                .add(row));
        return byIncident.values().stream().map(IncidentRows::incident).toList();
    }

    private static Incident incident(List<DbRow> rows) {
        DbRow first = rows.getFirst();
        Optional<OrganizationId> organization = first.column("organization_id")
                .map(value -> new OrganizationId((String) value));
        IncidentFacts facts = new IncidentFacts(new IncidentId(first.column("id").getString()),
                new Fingerprint(first.column("fingerprint").getString()),
                organization.map(AlertScope::of).orElse(AlertScope.system()),
                first.column("rule_id").map(value -> new AlertRuleId((String) value)),
                Severity.valueOf(first.column("severity").getString()), first.column("title").getString(),
                first.column("details").map(String.class::cast));
        return Incident.of(facts, rows.stream().sorted((a, b) -> Long.compare(Numbers.longOf(a, "step_no"),
                Numbers.longOf(b, "step_no"))).map(IncidentRows::step).toList());
    }

    private static IncidentStep step(DbRow row) {
        return new IncidentStep(IncidentState.valueOf(row.column("kind").getString()),
                row.column("taken_by").getString(), Timestamps.instant(row.column("taken_at").get()),
                row.column("comment_text").map(String.class::cast));
    }

    /**
     * The incident as the store gives it back: both databases keep instants to the microsecond, so that an incident
     * answered by a write equals the same incident read later.
     */
    static Incident asStored(Incident incident) {
        return Incident.of(incident.facts(), incident.history().stream().map(step -> new IncidentStep(step.kind(),
                step.by(), step.at().truncatedTo(ChronoUnit.MICROS), step.comment())).toList());
    }
}
