package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.domain.tenancy.OrganizationId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Erasure on PostgreSQL, where the events live in monthly partitions and their ids in the key table. */
class PostgresOrganizationErasureTest extends OrganizationErasureContract {

    private PostgresTestDatabase database;

    @Override
    protected UsageStore newStore() {
        database = PostgresTestDatabase.create();
        return database.store();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }

    @Test
    void erasureLeavesNoEventAndNoKeyRowOfTheOrganizationInAnyPartition() {
        store.eraseOrganization(new OrganizationId("acme"));

        assertThat(database.count("SELECT COUNT(*) FROM usage_event WHERE organization_id = 'acme'")).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM usage_event_key")).isEqualTo(2);
        assertThat(database.count("SELECT COUNT(*) FROM usage_event")).isEqualTo(2);
    }
}
