package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Threads appending batches drawn from one shared pool of event ids, released together, so that the same id is
 * appended many times at once by different callers, sometimes with a time in another month. Records, per id, how
 * many callers were told STORED and the time of the event that was.
 */
final class OverlappingAppends {

    private static final Instant FIRST_DAY = Instant.parse("2024-01-10T12:00:00Z");
    private static final long DAY_SECONDS = 86_400;

    private final int threads;
    private final int batchesPerThread;
    private final int eventsPerBatch;
    private final List<UUID> pool = new ArrayList<>();
    private final Map<UUID, Integer> storedOutcomes = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> storedTimes = new ConcurrentHashMap<>();

    OverlappingAppends(int threads, int batchesPerThread, int eventsPerBatch, int distinctIds) {
        this.threads = threads;
        this.batchesPerThread = batchesPerThread;
        this.eventsPerBatch = eventsPerBatch;
        for (int i = 0; i < distinctIds; i++) {
            pool.add(UUID.randomUUID());
        }
    }

    int threads() {
        return threads;
    }

    void runOn(ExecutorService executor, UsageEventLog log) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            Random random = new Random(thread);
            done.add(executor.submit(() -> {
                start.await();
                for (int batch = 0; batch < batchesPerThread; batch++) {
                    List<UsageEvent> events = batch(random);
                    record(events, log.append(events));
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
    }

    Map<UUID, Integer> storedOutcomesPerId() {
        return storedOutcomes;
    }

    Map<UUID, Instant> storedTimes() {
        return storedTimes;
    }

    /** Distinct ids; an id's time is one of two, 45 days apart, so repeats often land in another month. */
    private List<UsageEvent> batch(Random random) {
        List<UUID> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        List<UsageEvent> events = new ArrayList<>();
        for (UUID id : shuffled.subList(0, eventsPerBatch)) {
            int index = pool.indexOf(id);
            long days = index % 120 + (random.nextBoolean() ? 45 : 0);
            Instant at = FIRST_DAY.plusSeconds(days * DAY_SECONDS);
            events.add(PostgresPartitionedUsageLogTest.call(id, at));
        }
        return events;
    }

    private void record(List<UsageEvent> events, List<AppendOutcome> outcomes) {
        if (outcomes.size() != events.size()) {
            throw new AssertionError("one outcome per event expected, got " + outcomes.size() + " for " + events.size());
        }
        for (int i = 0; i < events.size(); i++) {
            UUID id = events.get(i).eventId().value();
            storedOutcomes.merge(id, outcomes.get(i) == AppendOutcome.STORED ? 1 : 0, Integer::sum);
            if (outcomes.get(i) == AppendOutcome.STORED) {
                storedTimes.put(id, events.get(i).occurredAt());
            }
        }
    }
}
