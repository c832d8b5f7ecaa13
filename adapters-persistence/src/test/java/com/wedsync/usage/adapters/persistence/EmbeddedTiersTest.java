package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.Tiers;
import com.wedsync.usage.application.port.TiersContract;

import org.junit.jupiter.api.AfterEach;

class EmbeddedTiersTest extends TiersContract {

    private EmbeddedDatabase database;

    @Override
    protected Tiers newTiers() {
        database = TestDatabases.inMemory();
        return database.tiers();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
