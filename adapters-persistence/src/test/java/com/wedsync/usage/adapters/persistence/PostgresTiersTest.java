package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.application.port.TiersContract;

import org.junit.jupiter.api.AfterEach;

/** The Tiers contract on a new PostgreSQL database for every test. */
class PostgresTiersTest extends TiersContract {

    private PostgresTestDatabase database;

    @Override
    protected Tiers newTiers() {
        database = PostgresTestDatabase.create();
        return database.store().tiers();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }
}
