package com.wedsync.usage.adapters.persistence.alerting;

import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.adapters.persistence.tenancy.KeysetPage;
import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Alert rules in the {@code alert_rule} table (layout in {@link AlertRuleRow}); an organization's usage thresholds
 * are replaced in one transaction of their own ({@link ThresholdReplacement}).
 */
public final class SqlAlertRules implements AlertRules {

    private static final String SELECT = "SELECT " + AlertRuleRow.COLUMNS + " FROM alert_rule";
    static final String INSERT = "INSERT INTO alert_rule (" + AlertRuleRow.COLUMNS + ") VALUES ("
            + AlertRuleRow.PLACEHOLDERS + ")";
    private static final String UPDATE = "UPDATE alert_rule SET " + AlertRuleRow.ASSIGNMENTS + " WHERE id = ?";
    private static final String OF_ORGANIZATION = "organization_id = ?";
    static final String USAGE_THRESHOLDS = "organization_id = ? AND source = '" + RuleSource.USAGE_ANALYTICS.name()
            + "'";

    private final DataSource dataSource;
    private final Statements sql;

    public SqlAlertRules(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Statements(dataSource);
    }

    @Override
    public void add(AlertRule rule) {
        sql.change(INSERT, AlertRuleRow.values(rule));
    }

    @Override
    public boolean update(AlertRule rule) {
        return sql.change(UPDATE, AlertRuleRow.values(rule)) == 1;
    }

    @Override
    public Optional<AlertRule> find(AlertRuleId id) {
        return sql.one(SELECT + " WHERE id = ?", id.value()).map(AlertRuleRow::rule);
    }

    @Override
    public Page<AlertRule> list(Optional<OrganizationId> organization, PageRequest page) {
        List<AlertRule> fetched = organization.isPresent()
                ? sql.list(AlertRuleRow::rule, SELECT + KeysetPage.clauses(page, OF_ORGANIZATION),
                        KeysetPage.parameters(page, organization.get().value()))
                : sql.list(AlertRuleRow::rule, SELECT + KeysetPage.clauses(page), KeysetPage.parameters(page));
        return KeysetPage.of(fetched, page, rule -> rule.id().value());
    }

    @Override
    public boolean delete(AlertRuleId id) {
        return sql.change("DELETE FROM alert_rule WHERE id = ?", id.value()) == 1;
    }

    @Override
    public List<AlertRule> all() {
        return sql.list(AlertRuleRow::rule, SELECT + " ORDER BY id");
    }

    @Override
    public List<AlertRule> usageThresholds(OrganizationId organization) {
        return sql.list(AlertRuleRow::rule, SELECT + " WHERE " + USAGE_THRESHOLDS + " ORDER BY id",
                organization.value());
    }

    @Override
    public boolean replaceUsageThresholds(OrganizationId organization, List<AlertRule> rules) {
        for (AlertRule rule : rules) {
            if (rule.source() != RuleSource.USAGE_ANALYTICS || !rule.belongsTo(organization)) {
                throw new IllegalArgumentException("'rules' must be usage thresholds of " + organization
                        + ", was " + rule.id() + " of " + rule.scope().key() + " from " + rule.source().wireName());
            }
        }
        return Transactions.inTransaction(dataSource,
                connection -> ThresholdReplacement.run(connection, organization, rules));
    }
}
