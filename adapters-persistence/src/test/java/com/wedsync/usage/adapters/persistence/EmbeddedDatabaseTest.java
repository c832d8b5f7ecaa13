package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void anOpenDatabaseIsHealthyAndAClosedOneIsNot() {
        EmbeddedDatabase database = TestDatabases.inMemory();
        assertThat(database.isHealthy()).isTrue();
        assertThat(database.ingestBacklog()).as("no queue: appends are written directly").isEmpty();

        database.close();

        assertThat(database.isHealthy()).isFalse();
    }

    @Test
    void aReopenedFileDatabaseKeepsItsDataAndItsChangedTiers() {
        Organization acme = new Organization(new OrganizationId("acme"), "Acme", DefaultTiers.FREE, ZoneOffset.UTC,
                LimitOverrides.NONE, Instant.parse("2024-01-01T00:00:00Z"));
        Tier free = new Tier(DefaultTiers.FREE, LimitSet.of(150L, 6L, 6L), 7, FailureMode.CLOSED);
        try (EmbeddedDatabase database = EmbeddedDatabase.open(dataDir)) {
            database.organizations().add(acme);
            database.tiers().save(free);
        }

        try (EmbeddedDatabase reopened = EmbeddedDatabase.open(dataDir)) {
            assertThat(reopened.organizations().find(acme.id())).contains(acme);
            assertThat(reopened.tiers().find(DefaultTiers.FREE)).contains(free);
            assertThat(reopened.tiers().all()).hasSize(DefaultTiers.all().size());
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        EmbeddedDatabase database = TestDatabases.inMemory();
        database.close();
        database.close();

        assertThat(database.isHealthy()).isFalse();
    }

    @Test
    void anInMemoryNameMustBeSafeInAJdbcUrl() {
        assertThatThrownBy(() -> EmbeddedDatabase.inMemory("x;INIT=RUNSCRIPT FROM 'evil.sql'"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noPooledConnectionKeepsATimeoutFromTheAnalyticsOrTheHealthProbe() throws Exception {
        // H2 keeps a statement's query timeout on the whole session: a pooled connection would carry it on.
        try (EmbeddedDatabase database = TestDatabases.inMemory()) {
            database.isHealthy();
            database.usageRollups().counts(com.wedsync.usage.application.port.UsageScope.system(),
                    Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z"));
            java.util.List<java.sql.Connection> borrowed = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < database.pool.getMaximumPoolSize(); i++) {
                    java.sql.Connection connection = database.pool.getConnection();
                    borrowed.add(connection);
                    try (java.sql.Statement statement = connection.createStatement()) {
                        assertThat(statement.getQueryTimeout()).as("connection %d", i).isZero();
                    }
                }
            } finally {
                for (java.sql.Connection connection : borrowed) {
                    connection.close();
                }
            }
        }
    }
}
