package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.application.port.UsageEventLogContract;

import org.junit.jupiter.api.AfterEach;

class EmbeddedUsageEventLogTest extends UsageEventLogContract {

    private EmbeddedDatabase database;

    @Override
    protected UsageEventLog newLog() {
        database = TestDatabases.inMemory();
        return database.usageEventLog();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
