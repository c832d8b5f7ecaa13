package com.wedsync.usage.adapters.persistence.incident;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.incident.Triggered;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** The two writes of incidents, each the statements of one transaction on a connection its caller manages. */
final class IncidentWrites {

    /**
     * Yields to any unique constraint: the open fingerprint's, the only one a new id can meet. On PostgreSQL an insert
     * that meets another transaction's uncommitted row waits for it, then yields if it committed.
     */
    private static final String INSERT_INCIDENT = "INSERT INTO incident (id, fingerprint, open_fingerprint, state,"
            + " organization_id, rule_id, severity, title, details, triggered_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String INSERT_STEP = "INSERT INTO incident_step (incident_id, step_no, kind, taken_by,"
            + " taken_at, comment_text) VALUES (?, ?, ?, ?, ?, ?)";
    /** Compare and set: only an incident still in the state the step was taken from moves. */
    private static final String MOVE = "UPDATE incident SET state = ?, open_fingerprint = ? WHERE id = ? AND state = ?";

    private IncidentWrites() {
    }

    /** Whether the incident was stored; false when an incident of its fingerprint is open. */
    static boolean insert(Connection connection, Triggered incident) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_INCIDENT)) {
            bind(insert, incident.id().value(), incident.fingerprint().value(), incident.fingerprint().value(),
                    IncidentState.TRIGGERED.name(),
                    incident.scope().organizationId().map(OrganizationId::value).orElse(null),
                    incident.ruleId().map(AlertRuleId::value).orElse(null), incident.severity().name(),
                    incident.title(), incident.facts().details().orElse(null),
                    Timestamps.parameter(incident.triggeredAt()));
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        addStep(connection, incident, 1);
        return true;
    }

    /** Whether the last step of {@code next} was stored; false when the incident is not where the step began. */
    static boolean step(Connection connection, Incident next) throws SQLException {
        List<IncidentStep> history = next.history();
        IncidentState from = history.get(history.size() - 2).kind();
        try (PreparedStatement move = connection.prepareStatement(MOVE)) {
            bind(move, next.state().name(), next.state().isOpen() ? next.fingerprint().value() : null,
                    next.id().value(), from.name());
            if (move.executeUpdate() == 0) {
                return false;
            }
        }
        addStep(connection, next, history.size());
        return true;
    }

    private static void addStep(Connection connection, Incident incident, int number) throws SQLException {
        IncidentStep step = incident.history().get(number - 1);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_STEP)) {
            bind(insert, incident.id().value(), number, step.kind().name(), step.by(),
                    Timestamps.parameter(step.at()), step.comment().orElse(null));
            insert.executeUpdate();
        }
    }

    /** Every column that may be NULL is text, so a NULL is bound as one (PostgreSQL's driver wants the type). */
    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }
}
