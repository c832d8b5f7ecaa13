package com.wedsync.usage.adapters.persistence.alerting;

import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The transaction that replaces an organization's usage-threshold rules. It locks the organization's row first:
 * without the lock, two replacements of one organization on PostgreSQL each delete the rules they see and each
 * insert their own, and both sets remain. With it they queue, and an organization erased meanwhile gets none.
 */
final class ThresholdReplacement {

    private ThresholdReplacement() {
    }

    /** False, with nothing changed, when the organization does not exist. */
    static boolean run(Connection connection, OrganizationId organization, List<AlertRule> rules)
            throws SQLException {
        if (!lockOrganization(connection, organization)) {
            return false;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM alert_rule WHERE " + SqlAlertRules.USAGE_THRESHOLDS)) {
            delete.setString(1, organization.value());
            delete.executeUpdate();
        }
        if (!rules.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(SqlAlertRules.INSERT)) {
                for (AlertRule rule : rules) {
                    Object[] values = AlertRuleRow.values(rule);
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return true;
    }

    private static boolean lockOrganization(Connection connection, OrganizationId organization) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM organization WHERE id = ? FOR UPDATE")) {
            lock.setString(1, organization.value());
            try (ResultSet row = lock.executeQuery()) {
                return row.next();
            }
        }
    }
}
