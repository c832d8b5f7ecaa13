package com.wedsync.usage.benchmarks.retention;

import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fills the log with events at times spread evenly over a span, each of a random organization, from four writers. */
final class HistoryFill {

    private static final int WRITERS = 4;
    private static final int BATCH = 1_000;

    private final UsageEventLog log;
    private final List<OrganizationId> organizations;
    private final Instant from;
    private final Instant to;

    HistoryFill(UsageEventLog log, List<OrganizationId> organizations, Instant from, Instant to) {
        this.log = log;
        this.organizations = organizations;
        this.from = from;
        this.to = to;
    }

    void fill(int events) throws Exception {
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int share = events / WRITERS + (writer < events % WRITERS ? 1 : 0);
                long seed = writer;
                done.add(writers.submit(() -> write(share, new Random(seed))));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        }
    }

    private void write(int events, Random random) {
        long spanMillis = to.toEpochMilli() - from.toEpochMilli();
        for (int written = 0; written < events; written += BATCH) {
            List<UsageEvent> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < Math.min(BATCH, events - written); i++) {
                Instant at = Instant.ofEpochMilli(from.toEpochMilli() + (long) (random.nextDouble() * spanMillis));
                batch.add(event(organizations.get(random.nextInt(organizations.size())), at));
            }
            log.append(batch);
        }
    }

    static UsageEvent event(OrganizationId organization, Instant at) {
        return new UsageEvent(new EventId(UUID.randomUUID()), organization, Optional.empty(),
                new Endpoint("/v1/clients/{id}"), HttpMethod.GET, 200, OptionalInt.of(12), 100, 2_000, at);
    }
}
