package com.wedsync.usage.adapters.persistence.incident;

import com.wedsync.usage.adapters.persistence.sql.PersistenceException;
import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Transactions;
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

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Incidents in the {@code incident} and {@code incident_step} tables. Both promises of the port are the database's
 * to keep, so that they hold across service nodes: opening is an insert that yields to the UNIQUE constraint on
 * {@code open_fingerprint} ({@code ON CONFLICT DO NOTHING}), and a step is an update guarded by the state it was
 * taken from, with the step's row, in one transaction. A write the database aborted because of a concurrent one is
 * run again ({@link Transactions}); it then finds what the other wrote.
 */
public final class SqlIncidents implements Incidents {

    private static final String SELECT = "SELECT " + IncidentRows.COLUMNS + " FROM incident i" + IncidentRows.STEPS;
    private static final String ORDER = " ORDER BY s.step_no";
    /** An open incident that is resolved between the failed insert and the read is the only reason to go round. */
    private static final int MAX_OPEN_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final Statements sql;

    public SqlIncidents(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Statements(dataSource);
    }

    @Override
    public IncidentOpening open(Triggered candidate) {
        Triggered stored = (Triggered) IncidentRows.asStored(candidate);
        for (int attempt = 0; attempt < MAX_OPEN_ATTEMPTS; attempt++) {
            if (Transactions.inTransaction(dataSource, connection -> IncidentWrites.insert(connection, stored))) {
                return new IncidentOpening.Opened(stored);
            }
            Optional<Incident> open = findOpen(candidate.fingerprint());
            if (open.isPresent()) {
                return new IncidentOpening.AlreadyOpen(open.get());
            }
        }
        throw new PersistenceException("incident " + candidate.id() + " could neither be opened nor found open after "
                + MAX_OPEN_ATTEMPTS + " attempts", null);
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return one(SELECT + " WHERE i.id = ?" + ORDER, id.value());
    }

    @Override
    public Optional<Incident> findOpen(Fingerprint fingerprint) {
        return one(SELECT + " WHERE i.open_fingerprint = ?" + ORDER, fingerprint.value());
    }

    @Override
    public Page<Incident> page(IncidentFilter filter, PageRequest page) {
        IncidentPages query = new IncidentPages(filter, page);
        return IncidentPages.of(IncidentRows.incidents(sql.list(row -> row, query.sql(), query.parameters())), page);
    }

    @Override
    public IncidentTransition transition(Incident next) {
        if (next instanceof Triggered) {
            throw new IllegalArgumentException("'next' must follow a step, was a triggered incident");
        }
        Incident stored = IncidentRows.asStored(next);
        if (Transactions.inTransaction(dataSource, connection -> IncidentWrites.step(connection, stored))) {
            return new IncidentTransition.Applied(stored);
        }
        return find(next.id()).<IncidentTransition>map(IncidentTransition.Superseded::new)
                .orElseGet(IncidentTransition.Missing::new);
    }

    private Optional<Incident> one(String query, Object parameter) {
        List<Incident> found = IncidentRows.incidents(sql.list(row -> row, query, parameter));
        return found.stream().findFirst();
    }
}
