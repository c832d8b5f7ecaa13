package com.wedsync.usage.benchmarks.replay;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimeShiftTest {

    private final TimeShift shift = new TimeShift(Instant.parse("2015-05-17T10:05:00Z"),
            Instant.parse("2015-05-20T21:05:59Z"), Instant.parse("2026-01-10T12:00:00Z"));

    @Test
    void theLastRequestHappensAtTheStartAndGapsAreKept() {
        assertThat(shift.shifted(Instant.parse("2015-05-20T21:05:59Z"))).isEqualTo("2026-01-10T12:00:00Z");
        assertThat(shift.shifted(Instant.parse("2015-05-20T21:04:59Z"))).isEqualTo("2026-01-10T11:59:00Z");
        assertThat(shift.earliestShifted()).isEqualTo("2026-01-07T00:59:01Z");
    }

    @Test
    void atSpeedNRequestsAreDueAtTheirOffsetDividedByN() {
        Instant oneHourIn = Instant.parse("2015-05-17T11:05:00Z");
        assertThat(shift.dueNanos(oneHourIn, 1)).isEqualTo(3_600_000_000_000L);
        assertThat(shift.dueNanos(oneHourIn, 60)).isEqualTo(60_000_000_000L);
        assertThat(shift.dueNanos(oneHourIn, 0)).isZero();
    }
}
