package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.application.port.UsageEventLogContract;

import org.junit.jupiter.api.AfterEach;

class EmbeddedUsageEventLogTest extends UsageEventLogContract {

    private EmbeddedDatabase database;

    @Override
    protected LogAndRollups newLog() {
        database = TestDatabases.inMemory();
        return new LogAndRollups(database.usageEventLog(), database.usageRollups());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
