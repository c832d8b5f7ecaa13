package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.ApiKeys;
import com.wedsync.usage.application.port.ApiKeysContract;

import org.junit.jupiter.api.AfterEach;

class EmbeddedApiKeysTest extends ApiKeysContract {

    private EmbeddedDatabase database;

    @Override
    protected ApiKeys newApiKeys() {
        database = TestDatabases.inMemory();
        return database.apiKeys();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
