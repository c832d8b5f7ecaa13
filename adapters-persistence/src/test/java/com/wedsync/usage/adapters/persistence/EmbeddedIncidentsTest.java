package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.IncidentsContract;

import org.junit.jupiter.api.AfterEach;

class EmbeddedIncidentsTest extends IncidentsContract {

    private EmbeddedDatabase database;

    @Override
    protected Incidents newIncidents() {
        database = TestDatabases.inMemory();
        return database.incidents();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
