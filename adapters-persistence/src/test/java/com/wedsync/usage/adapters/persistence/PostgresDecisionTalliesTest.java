package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.DecisionTalliesContract;

import org.junit.jupiter.api.AfterEach;

/** The DecisionTallies contract on a new PostgreSQL database for every test. */
class PostgresDecisionTalliesTest extends DecisionTalliesContract {

    private PostgresTestDatabase database;

    @Override
    protected DecisionTallies newTallies() {
        database = PostgresTestDatabase.create();
        return database.store().decisionTallies();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }
}
