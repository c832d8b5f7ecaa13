package com.wedsync.usage.adapters.persistence;

import org.junit.jupiter.api.AfterEach;

/** The WebhookDeliveries contract on a new in-memory H2 database for every test. */
class EmbeddedWebhookDeliveriesTest extends WebhookDeliveriesContract {

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
