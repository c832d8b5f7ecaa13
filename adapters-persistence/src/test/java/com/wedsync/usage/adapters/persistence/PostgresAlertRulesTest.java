package com.wedsync.usage.adapters.persistence;

import org.junit.jupiter.api.AfterEach;

/** The AlertRules contract on a new PostgreSQL database for every test. */
class PostgresAlertRulesTest extends AlertRulesContract {

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
