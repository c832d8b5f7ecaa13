package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.incident.SqlIncidents;
import com.wedsync.usage.adapters.persistence.alerting.SqlAlertRules;
import com.wedsync.usage.adapters.persistence.notification.SqlSilences;
import com.wedsync.usage.adapters.persistence.notification.SqlWebhookDeliveries;
import com.wedsync.usage.adapters.persistence.quota.SqlTiers;
import com.wedsync.usage.adapters.persistence.rollup.QueryLimits;
import com.wedsync.usage.adapters.persistence.tally.BufferedDecisionTallies;
import com.wedsync.usage.adapters.persistence.tenancy.OrganizationRecords;
import com.wedsync.usage.adapters.persistence.tenancy.SqlApiKeys;
import com.wedsync.usage.adapters.persistence.tenancy.SqlManagementTokens;
import com.wedsync.usage.adapters.persistence.tenancy.SqlOrganizations;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The SQL implementations of the store ports that H2 and PostgreSQL share, over one migrated data source. The
 * usage log is not among them: each store brings its own (one batch insert on H2, group commit and COPY on
 * PostgreSQL).
 */
record SqlPorts(SqlOrganizations organizations, SqlApiKeys apiKeys, SqlManagementTokens managementTokens,
                SqlTiers tiers, BufferedDecisionTallies decisionTallies, SqlIncidents incidents,
                OrganizationRecords organizationRecords, SqlAlertRules alertRules,
                SqlSilences silences, SqlWebhookDeliveries webhookDeliveries) {

    private static final int HEALTH_TIMEOUT_SECONDS = 1;

    /** Seeds the default tiers into a new store and starts the tally flushes; the schema must be migrated. */
    static SqlPorts over(DataSource dataSource) {
        SqlTiers tiers = new SqlTiers(dataSource);
        tiers.seedDefaultsIfEmpty();
        return new SqlPorts(new SqlOrganizations(dataSource), new SqlApiKeys(dataSource),
                new SqlManagementTokens(dataSource), tiers,
                new BufferedDecisionTallies(dataSource, BufferedDecisionTallies.DEFAULT_FLUSH_INTERVAL),
                new SqlIncidents(dataSource), new OrganizationRecords(dataSource), new SqlAlertRules(dataSource),
                new SqlSilences(dataSource), new SqlWebhookDeliveries(dataSource));
    }

    /**
     * Erases the organization's rows outside the usage log. The tallies are flushed first, so that no count of
     * the organization still buffered in memory lands in the table after its rows are gone.
     */
    void eraseOrganizationRecords(OrganizationId organization) {
        decisionTallies.flush();
        organizationRecords.erase(organization);
    }

    /** A {@code SELECT 1} that gives up after a second: cheap enough for every health probe. */
    static boolean isHealthy(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement probe = connection.createStatement()) {
            probe.setQueryTimeout(HEALTH_TIMEOUT_SECONDS);
            try {
                return probe.execute("SELECT 1");
            } finally {
                QueryLimits.clear(probe);
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
