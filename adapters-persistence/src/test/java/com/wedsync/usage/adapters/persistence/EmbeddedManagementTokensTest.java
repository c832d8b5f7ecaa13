package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.ManagementTokens;
import com.wedsync.usage.application.port.ManagementTokensContract;

import org.junit.jupiter.api.AfterEach;

class EmbeddedManagementTokensTest extends ManagementTokensContract {

    private EmbeddedDatabase database;

    @Override
    protected ManagementTokens newManagementTokens() {
        database = TestDatabases.inMemory();
        return database.managementTokens();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
