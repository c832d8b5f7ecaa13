package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A process that appends usage events to a file database and prints the id of every event once its append has
 * returned (been acknowledged), until it is killed. The durability test kills it with SIGKILL.
 */
public final class EventWriterProcess {

    static final int BATCH = 10;
    private static final int MAX_EVENTS = 200_000;

    private EventWriterProcess() {
    }

    public static void main(String[] args) {
        EmbeddedDatabase database = EmbeddedDatabase.open(Path.of(args[0]));
        for (int written = 0; written < MAX_EVENTS && !System.out.checkError(); written += BATCH) {
            List<UsageEvent> batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                batch.add(event(UUID.randomUUID()));
            }
            database.usageEventLog().append(batch);
            batch.forEach(event -> System.out.println(event.eventId()));
            System.out.flush();
        }
        database.close();
    }

    static UsageEvent event(UUID id) {
        return new UsageEvent(new EventId(id), new OrganizationId("acme"), Optional.empty(), new Endpoint("/v1/ping"),
                HttpMethod.GET, 200, OptionalInt.empty(), 0, 0, Instant.parse("2024-03-01T10:00:00Z"));
    }
}
