package com.wedsync.usage.adapters.persistence;

import org.junit.jupiter.api.AfterEach;

/** The Silences contract on a new in-memory H2 database for every test. */
class EmbeddedSilencesTest extends SilencesContract {

    private EmbeddedDatabase database;

    @Override
    protected UsageStore newStore() {
        database = TestDatabases.inMemory();
        return database;
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
