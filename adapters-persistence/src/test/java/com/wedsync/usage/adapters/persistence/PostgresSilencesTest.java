package com.wedsync.usage.adapters.persistence;

import org.junit.jupiter.api.AfterEach;

/** The Silences contract on a new PostgreSQL database for every test. */
class PostgresSilencesTest extends SilencesContract {

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
}
