package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.application.port.UsageEventLogContract;

import org.junit.jupiter.api.AfterEach;

/** The UsageEventLog contract on a new PostgreSQL database for every test. */
class PostgresUsageEventLogTest extends UsageEventLogContract {

    private PostgresTestDatabase database;

    @Override
    protected LogAndRollups newLog() {
        database = PostgresTestDatabase.create();
        return new LogAndRollups(database.store().usageEventLog(), database.store().usageRollups());
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }
}
