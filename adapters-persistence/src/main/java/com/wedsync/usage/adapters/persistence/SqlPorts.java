package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.adapters.persistence.quota.SqlTiers;
import com.wedsync.usage.adapters.persistence.sql.Migrations;
import com.wedsync.usage.adapters.persistence.tally.BufferedDecisionTallies;
import com.wedsync.usage.adapters.persistence.tenancy.SqlApiKeys;
import com.wedsync.usage.adapters.persistence.tenancy.SqlManagementTokens;
import com.wedsync.usage.adapters.persistence.tenancy.SqlOrganizations;
import com.wedsync.usage.adapters.persistence.usage.SqlUsageEventLog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The SQL implementations of the store ports over one data source, whichever database is behind it: the
 * embedded entry point builds them over H2, a PostgreSQL one will build the same over its own pool.
 */
record SqlPorts(SqlOrganizations organizations, SqlApiKeys apiKeys, SqlManagementTokens managementTokens,
                SqlTiers tiers, SqlUsageEventLog usageEventLog, BufferedDecisionTallies decisionTallies) {

    private static final int HEALTH_TIMEOUT_SECONDS = 1;

    /** Migrates the schema, seeds the default tiers into a new store, and starts the tally flushes. */
    static SqlPorts over(DataSource dataSource) {
        Migrations.migrate(dataSource);
        SqlTiers tiers = new SqlTiers(dataSource);
        tiers.seedDefaultsIfEmpty();
        return new SqlPorts(new SqlOrganizations(dataSource), new SqlApiKeys(dataSource),
                new SqlManagementTokens(dataSource), tiers, new SqlUsageEventLog(dataSource),
                new BufferedDecisionTallies(dataSource, BufferedDecisionTallies.DEFAULT_FLUSH_INTERVAL));
    }

    /** A {@code SELECT 1} that gives up after a second: cheap enough for every health probe. */
    static boolean isHealthy(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement probe = connection.createStatement()) {
            probe.setQueryTimeout(HEALTH_TIMEOUT_SECONDS);
            return probe.execute("SELECT 1");
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
