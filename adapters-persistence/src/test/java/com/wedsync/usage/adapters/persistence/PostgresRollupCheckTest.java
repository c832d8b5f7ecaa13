package com.wedsync.usage.adapters.persistence;

import org.junit.jupiter.api.AfterEach;

/** The rollup check on a new PostgreSQL database for every test. */
class PostgresRollupCheckTest extends RollupCheckContract {

    private PostgresTestDatabase database;

    @Override
    protected UsageStore newStore() {
        database = PostgresTestDatabase.create();
        return database.store();
    }

    @Override
    protected void compactRollups() {
        database.store().compactRollups();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }
}
