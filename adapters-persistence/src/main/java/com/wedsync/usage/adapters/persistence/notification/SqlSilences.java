package com.wedsync.usage.adapters.persistence.notification;

import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.adapters.persistence.tenancy.KeysetPage;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.application.port.Silences;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.Silence;
import com.wedsync.usage.domain.alerting.SilenceId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import io.helidon.dbclient.DbRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Silences in the {@code silence} table: a NULL rule is a silence of the whole organization. */
public final class SqlSilences implements Silences {

    private static final String COLUMNS = "rule_id, organization_id, starts_at, ends_at, comment_text, created_by,"
            + " created_at, id";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM silence";
    private static final String ACTIVE = "starts_at <= ? AND ends_at > ?";
    private static final String SILENCED = "SELECT COUNT(*) AS silences FROM silence WHERE " + ACTIVE
            + " AND (rule_id = ? OR (rule_id IS NULL AND organization_id = ?))";

    private final Statements sql;

    public SqlSilences(DataSource dataSource) {
        this.sql = new Statements(dataSource);
    }

    @Override
    public void add(Silence silence) {
        sql.change("INSERT INTO silence (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values(silence));
    }

    @Override
    public boolean update(Silence silence) {
        return sql.change("UPDATE silence SET rule_id = ?, organization_id = ?, starts_at = ?, ends_at = ?,"
                + " comment_text = ?, created_by = ?, created_at = ? WHERE id = ?", values(silence)) == 1;
    }

    @Override
    public Optional<Silence> find(SilenceId id) {
        return sql.one(SELECT + " WHERE id = ?", id.value()).map(SqlSilences::silence);
    }

    @Override
    public Page<Silence> list(Optional<OrganizationId> organization, Optional<Instant> activeAt, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        organization.ifPresent(id -> {
            conditions.add("organization_id = ?");
            parameters.add(id.value());
        });
        activeAt.ifPresent(at -> {
            conditions.add(ACTIVE);
            parameters.add(Timestamps.parameter(at));
            parameters.add(Timestamps.parameter(at));
        });
        List<Silence> fetched = conditions.isEmpty()
                ? sql.list(SqlSilences::silence, SELECT + KeysetPage.clauses(page), KeysetPage.parameters(page))
                : sql.list(SqlSilences::silence, SELECT + KeysetPage.clauses(page, String.join(" AND ", conditions)),
                        KeysetPage.parameters(page, parameters.toArray()));
        return KeysetPage.of(fetched, page, silence -> silence.id().value());
    }

    @Override
    public boolean isSilenced(AlertRule rule, Instant at) {
        Object organization = rule.scope().organizationId().map(OrganizationId::value).orElse(null);
        return sql.one(SILENCED, Timestamps.parameter(at), Timestamps.parameter(at), rule.id().value(), organization)
                .map(row -> ((Number) row.column("silences").get()).longValue() > 0).orElse(false);
    }

    private static Object[] values(Silence silence) {
        return new Object[] {silence.rule().map(AlertRuleId::value).orElse(null),
                silence.organization().map(OrganizationId::value).orElse(null),
                Timestamps.parameter(silence.startsAt()), Timestamps.parameter(silence.endsAt()),
                silence.comment().orElse(null), silence.createdBy(), Timestamps.parameter(silence.createdAt()),
                silence.id().value()};
    }

    private static Silence silence(DbRow row) {
        return new Silence(new SilenceId(row.column("id").getString()),
                row.column("rule_id").map(value -> new AlertRuleId((String) value)),
                row.column("organization_id").map(value -> new OrganizationId((String) value)),
                Timestamps.instant(row.column("starts_at").get()), Timestamps.instant(row.column("ends_at").get()),
                row.column("comment_text").map(String.class::cast), row.column("created_by").getString(),
                Timestamps.instant(row.column("created_at").get()));
    }
}
