package com.wedsync.usage.application.health;

/**
 * The batches of usage events waiting for the database in the ingest queue, out of its capacity. Half full is
 * degraded (the database is falling behind the callers); full is unhealthy (callers now wait for room).
 */
public record IngestBacklog(int queuedBatches, int capacity) {

    public IngestBacklog {
        if (capacity < 1) {
            throw new IllegalArgumentException("'capacity' must be positive, was " + capacity);
        }
        if (queuedBatches < 0) {
            throw new IllegalArgumentException("'queuedBatches' must not be negative, was " + queuedBatches);
        }
    }

    public HealthReading reading() {
        HealthReading reading;
        if (queuedBatches >= capacity) {
            reading = HealthReading.unhealthy("the ingest queue is full (" + capacity + " batches): callers wait");
        } else if (queuedBatches * 2 >= capacity) {
            reading = HealthReading.degraded("the ingest queue is " + (queuedBatches * 100 / capacity)
                    + "% full: the database is falling behind");
        } else {
            reading = HealthReading.healthy();
        }
        return reading.withQueueDepth(queuedBatches);
    }

    /** A store that writes every batch itself, with no queue in front of it (the embedded database). */
    public static HealthReading noQueue() {
        return HealthReading.healthy().withQueueDepth(0).withDetail("no queue: each batch is written directly");
    }
}
