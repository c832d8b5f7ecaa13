package com.wedsync.usage.adapters.persistence;

import org.junit.jupiter.api.AfterEach;

class EmbeddedAlertRulesTest extends AlertRulesContract {

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
