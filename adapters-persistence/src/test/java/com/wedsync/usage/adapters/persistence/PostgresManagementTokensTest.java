package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.application.port.ManagementTokensContract;

import org.junit.jupiter.api.AfterEach;

/** The ManagementTokens contract on a new PostgreSQL database for every test. */
class PostgresManagementTokensTest extends ManagementTokensContract {

    private PostgresTestDatabase database;

    @Override
    protected ManagementTokens newManagementTokens() {
        database = PostgresTestDatabase.create();
        return database.store().managementTokens();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }
}
