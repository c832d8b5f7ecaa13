package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.application.port.ApiKeysContract;

import org.junit.jupiter.api.AfterEach;

/** The ApiKeys contract on a new PostgreSQL database for every test. */
class PostgresApiKeysTest extends ApiKeysContract {

    private PostgresTestDatabase database;

    @Override
    protected ApiKeys newApiKeys() {
        database = PostgresTestDatabase.create();
        return database.store().apiKeys();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }
}
