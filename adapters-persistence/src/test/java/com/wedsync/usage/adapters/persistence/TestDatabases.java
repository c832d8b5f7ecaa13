package com.wedsync.usage.adapters.persistence;

import java.util.UUID;

/** Names for in-memory databases, distinct so that tests never share one. */
final class TestDatabases {

    private TestDatabases() {
    }

    static EmbeddedDatabase inMemory() {
        return EmbeddedDatabase.inMemory(uniqueName());
    }

    static String uniqueName() {
        return "test-" + UUID.randomUUID();
    }
}
