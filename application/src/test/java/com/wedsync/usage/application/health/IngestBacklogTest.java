package com.wedsync.usage.application.health;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestBacklogTest {

    @Test
    void aQueueUnderHalfFullIsHealthyHalfFullIsDegradedAndFullIsUnhealthy() {
        assertThat(new IngestBacklog(511, 1_024).reading().status()).isEqualTo(HealthState.HEALTHY);
        assertThat(new IngestBacklog(512, 1_024).reading().error()).contains(
                "the ingest queue is 50% full: the database is falling behind");
        HealthReading full = new IngestBacklog(1_024, 1_024).reading();
        assertThat(full.status()).isEqualTo(HealthState.UNHEALTHY);
        assertThat(full.queueDepth()).hasValue(1_024);
    }

    @Test
    void aStoreWithoutAQueueHasABacklogOfZero() {
        assertThat(IngestBacklog.noQueue().queueDepth()).hasValue(0);
        assertThat(IngestBacklog.noQueue().status()).isEqualTo(HealthState.HEALTHY);
    }

    @Test
    void aNegativeDepthIsABrokenPrecondition() {
        assertThatThrownBy(() -> new IngestBacklog(-1, 10)).hasMessage("'queuedBatches' must not be negative, was -1");
    }
}
