package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.UsageBucket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesFolderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void theTwoOneOClockHoursOfAFallBackDayStayTwoPoints() {
        List<SeriesPoint> series = SeriesFolder.fold(List.of(
                bucket("2025-11-02T05:30:00Z", 1), bucket("2025-11-02T06:30:00Z", 2)), NEW_YORK, Granularity.HOUR);
        assertThat(series).extracting(SeriesPoint::start)
                .containsExactly(Instant.parse("2025-11-02T05:00:00Z"), Instant.parse("2025-11-02T06:00:00Z"));
        assertThat(series).extracting(SeriesPoint::localStart).containsExactly(
                LocalDateTime.parse("2025-11-02T01:00"), LocalDateTime.parse("2025-11-02T01:00"));
        assertThat(series).extracting(point -> point.totals().calls()).containsExactly(1L, 2L);
    }

    @Test
    void aTwentyFiveHourDayIsOnePoint() {
        List<SeriesPoint> series = SeriesFolder.fold(List.of(
                bucket("2025-11-02T04:00:00Z", 1), bucket("2025-11-03T04:45:00Z", 1)), NEW_YORK, Granularity.DAY);
        assertThat(series).singleElement().satisfies(point -> {
            assertThat(point.start()).isEqualTo(Instant.parse("2025-11-02T04:00:00Z"));
            assertThat(point.totals().calls()).isEqualTo(2);
        });
    }

    @Test
    void halfHourZonesGetTheirOwnLocalHours() {
        List<SeriesPoint> series = SeriesFolder.fold(List.of(
                bucket("2025-06-02T00:15:00Z", 1), bucket("2025-06-02T00:30:00Z", 1)), KOLKATA, Granularity.HOUR);
        assertThat(series).extracting(SeriesPoint::localStart).containsExactly(
                LocalDateTime.parse("2025-06-02T05:00"), LocalDateTime.parse("2025-06-02T06:00"));
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        List<UsageBucket> buckets = List.of(bucket("2025-01-05T12:00:00Z", 1), bucket("2025-01-06T12:00:00Z", 1));
        assertThat(SeriesFolder.fold(buckets, ZoneId.of("UTC"), Granularity.WEEK)).extracting(SeriesPoint::localStart)
                .containsExactly(LocalDateTime.parse("2024-12-30T00:00"), LocalDateTime.parse("2025-01-06T00:00"));
        assertThat(SeriesFolder.fold(buckets, ZoneId.of("UTC"), Granularity.MONTH)).singleElement()
                .extracting(SeriesPoint::localStart).isEqualTo(LocalDateTime.parse("2025-01-01T00:00"));
    }

    private static UsageBucket bucket(String start, long calls) {
        return new UsageBucket(Instant.parse(start), calls, 0, 0, 0, 0, 0, 0);
    }
}
