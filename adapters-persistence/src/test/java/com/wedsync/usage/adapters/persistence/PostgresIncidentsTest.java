package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.IncidentsContract;

import org.junit.jupiter.api.AfterEach;

/** The Incidents contract on a new PostgreSQL database for every test. */
class PostgresIncidentsTest extends IncidentsContract {

    private PostgresTestDatabase database;

    @Override
    protected Incidents newIncidents() {
        database = PostgresTestDatabase.create();
        return database.store().incidents();
    }

    @AfterEach
    void dropDatabase() {
        PostgresTestDatabase.closeIfCreated(database);
    }
}
