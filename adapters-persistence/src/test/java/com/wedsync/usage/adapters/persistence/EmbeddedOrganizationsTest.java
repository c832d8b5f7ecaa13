package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.OrganizationsContract;

import org.junit.jupiter.api.AfterEach;

class EmbeddedOrganizationsTest extends OrganizationsContract {

    private EmbeddedDatabase database;

    @Override
    protected Organizations newOrganizations() {
        database = TestDatabases.inMemory();
        return database.organizations();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
