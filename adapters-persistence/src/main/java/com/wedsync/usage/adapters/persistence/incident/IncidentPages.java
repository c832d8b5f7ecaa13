package com.wedsync.usage.adapters.persistence.incident;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.incident.Incident;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyset pagination of incidents, newest first: a page is the incidents after the cursor in the order
 * (triggered_at, id) descending, and the cursor is that pair of the page's last incident, as
 * {@code <microseconds since the epoch>.<id>}. A new incident is triggered now, so it lands on the first page, never
 * in the middle of a walk through the pages. One incident more than the page is fetched, so that the last page
 * carries no cursor.
 */
final class IncidentPages {

    private static final Pattern CURSOR = Pattern.compile("([0-9]{1,16})\\.(inc_[A-Za-z0-9]{1,64})");

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    IncidentPages(IncidentFilter filter, PageRequest page) {
        filter.state().ifPresent(state -> where("i.state = ?", state.name()));
        filter.organizationId().ifPresent(organization -> where("i.organization_id = ?", organization.value()));
        filter.severity().ifPresent(severity -> where("i.severity = ?", severity.name()));
        filter.ruleId().ifPresent(rule -> where("i.rule_id = ?", rule.value()));
        page.cursor().ifPresent(cursor -> {
            Matcher position = CURSOR.matcher(cursor);
            if (!position.matches()) {
                throw new IllegalArgumentException("'cursor' is not a cursor of this list, was "
                        + Require.quoted(cursor));
            }
            Object after = Timestamps.parameter(Instant.EPOCH.plus(Long.parseLong(position.group(1)),
                    ChronoUnit.MICROS));
            conditions.add("(i.triggered_at < ? OR (i.triggered_at = ? AND i.id < ?))");
            parameters.addAll(List.of(after, after, position.group(2)));
        });
        parameters.add(page.limit() + 1);
    }

    /** The incidents of the page (one more than it holds) joined to their steps, newest first. */
    String sql() {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return "SELECT " + IncidentRows.COLUMNS + " FROM (SELECT * FROM incident i" + where
                + " ORDER BY i.triggered_at DESC, i.id DESC LIMIT ?) i" + IncidentRows.STEPS
                + " ORDER BY i.triggered_at DESC, i.id DESC, s.step_no";
    }

    Object[] parameters() {
        return parameters.toArray();
    }

    static Page<Incident> of(List<Incident> fetched, PageRequest page) {
        if (fetched.size() <= page.limit()) {
            return new Page<>(fetched, Optional.empty());
        }
        List<Incident> items = fetched.subList(0, page.limit());
        Incident last = items.getLast();
        return new Page<>(items, Optional.of(ChronoUnit.MICROS.between(Instant.EPOCH, last.triggeredAt()) + "."
                + last.id().value()));
    }

    private void where(String condition, Object parameter) {
        conditions.add(condition);
        parameters.add(parameter);
    }
}
