package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.OrganizationsContract;

import org.junit.jupiter.api.AfterEach;

/** The Organizations contract on a new PostgreSQL database for every test. */
class PostgresOrganizationsTest extends OrganizationsContract {

    private PostgresTestDatabase database;

    @Override
    protected Organizations newOrganizations() {
        database = PostgresTestDatabase.create();
        return database.store().organizations();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }
}
