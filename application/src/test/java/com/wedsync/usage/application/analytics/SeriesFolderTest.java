package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.UsageBucket;
import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesFolderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    @Test
    void theTwoOneOClockHoursOfAFallBackDayStayTwoPoints() {
        List<SeriesPoint> series = SeriesFolder.fold(List.of(
                bucket("2025-11-02T05:30:00Z", 1), bucket("2025-11-02T06:30:00Z", 2)), List.of(), NEW_YORK, Granularity.HOUR);
        assertThat(series).extracting(SeriesPoint::start)
                .containsExactly(Instant.parse("2025-11-02T05:00:00Z"), Instant.parse("2025-11-02T06:00:00Z"));
        assertThat(series).extracting(SeriesPoint::localStart).containsExactly(
                LocalDateTime.parse("2025-11-02T01:00"), LocalDateTime.parse("2025-11-02T01:00"));
        assertThat(series).extracting(point -> point.totals().calls()).containsExactly(1L, 2L);
    }

    @Test
    void aTwentyFiveHourDayIsOnePoint() {
        List<SeriesPoint> series = SeriesFolder.fold(List.of(
                bucket("2025-11-02T04:00:00Z", 1), bucket("2025-11-03T04:45:00Z", 1)), List.of(), NEW_YORK, Granularity.DAY);
        assertThat(series).singleElement().satisfies(point -> {
            assertThat(point.start()).isEqualTo(Instant.parse("2025-11-02T04:00:00Z"));
            assertThat(point.totals().calls()).isEqualTo(2);
        });
    }

    @Test
    void halfHourZonesGetTheirOwnLocalHours() {
        List<SeriesPoint> series = SeriesFolder.fold(List.of(
                bucket("2025-06-02T00:15:00Z", 1), bucket("2025-06-02T00:30:00Z", 1)), List.of(), KOLKATA, Granularity.HOUR);
        assertThat(series).extracting(SeriesPoint::localStart).containsExactly(
                LocalDateTime.parse("2025-06-02T05:00"), LocalDateTime.parse("2025-06-02T06:00"));
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        List<UsageBucket> buckets = List.of(bucket("2025-01-05T12:00:00Z", 1), bucket("2025-01-06T12:00:00Z", 1));
        assertThat(SeriesFolder.fold(buckets, List.of(), ZoneId.of("UTC"), Granularity.WEEK)).extracting(SeriesPoint::localStart)
                .containsExactly(LocalDateTime.parse("2024-12-30T00:00"), LocalDateTime.parse("2025-01-06T00:00"));
        assertThat(SeriesFolder.fold(buckets, List.of(), ZoneId.of("UTC"), Granularity.MONTH)).singleElement()
                .extracting(SeriesPoint::localStart).isEqualTo(LocalDateTime.parse("2025-01-01T00:00"));
    }

    @Test
    void aBudapestEventJustBeforeUtcMidnightCountsOnItsLocalNewYearsDay() {
        // CASES U2: 2024-12-31T23:30Z is 00:30 on 2025-01-01 in Budapest.
        List<UsageBucket> buckets = List.of(bucket("2024-12-31T23:30:00Z", 1));

        assertThat(SeriesFolder.fold(buckets, List.of(), BUDAPEST, Granularity.DAY)).singleElement().satisfies(day -> {
            assertThat(day.localStart()).isEqualTo(LocalDateTime.parse("2025-01-01T00:00"));
            assertThat(day.start()).isEqualTo(Instant.parse("2024-12-31T23:00:00Z"));
        });
        assertThat(SeriesFolder.fold(buckets, List.of(), BUDAPEST, Granularity.MONTH)).singleElement()
                .extracting(SeriesPoint::localStart).isEqualTo(LocalDateTime.parse("2025-01-01T00:00"));
    }

    @Test
    void aDaysPercentilesComeFromItsMergedQuarterHours() {
        // CASES U3: 1,000 calls of 10 ms in one hour and 10 of 1,000 ms in the next: the day's p95 is 10 ms.
        List<UsageBucket> buckets = List.of(bucket("2025-03-03T10:00:00Z", 1_000, 10),
                bucket("2025-03-03T11:00:00Z", 10, 1_000));

        assertThat(SeriesFolder.fold(buckets, List.of(), ZoneId.of("UTC"), Granularity.DAY)).singleElement()
                .satisfies(day -> assertThat(day.totals().latency().p95Ms()).isEqualTo(10));
        assertThat(SeriesFolder.fold(buckets, List.of(), ZoneId.of("UTC"), Granularity.HOUR))
                .extracting(hour -> hour.totals().latency().p95Ms()).containsExactly(10, 1_003);
        // 1,000 ms shares its bucket with 1,001 to 1,003: the percentile reports the bucket's top, 0.3% high.
    }

    private static UsageBucket bucket(String start, long calls) {
        return bucket(start, calls, 20);
    }

    private static UsageBucket bucket(String start, long calls, int latencyMs) {
        UsageMeasures measures = UsageMeasures.none();
        for (long i = 0; i < calls; i++) {
            measures.add(new UsageEvent(new EventId(UUID.randomUUID()), new OrganizationId("acme"), Optional.empty(),
                    new Endpoint("/v1/a"), HttpMethod.GET, 200, OptionalInt.of(latencyMs), 0, 0, Instant.parse(start)));
        }
        return new UsageBucket(Instant.parse(start), measures);
    }
}
