package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.wedsync.usage.application.port.AppendOutcome.DUPLICATE;
import static com.wedsync.usage.application.port.AppendOutcome.STORED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link UsageEventLog} promises, with the {@link UsageRollups} it keeps: a repeated event id is stored
 * once and reported as a duplicate, even when two appends race; the rollups count each stored event once, in its
 * quarter hour, route and UTC day, for its organization and for the system, over any range of quarter hours.
 */
public abstract class UsageEventLogContract {

    protected static final OrganizationId ACME = new OrganizationId("acme");
    protected static final OrganizationId GLOBEX = new OrganizationId("globex");
    protected static final Instant MORNING = Instant.parse("2024-03-01T10:00:00Z");

    protected UsageEventLog log;
    protected UsageRollups rollups;

    /** A log and the rollups it keeps. */
    public record LogAndRollups(UsageEventLog log, UsageRollups rollups) {
    }

    /** A new, empty log; the subclass releases whatever backs it after each test. */
    protected abstract LogAndRollups newLog();

    @BeforeEach
    void createLog() {
        LogAndRollups created = newLog();
        log = created.log();
        rollups = created.rollups();
    }

    @Test
    void newEventsAreStored() {
        assertThat(log.append(List.of(call(MORNING), call(MORNING.plusSeconds(1))))).containsExactly(STORED, STORED);

        assertThat(totalCalls(ACME)).isEqualTo(2);
    }

    @Test
    void repeatedEventIdIsStoredOnce() {
        UsageEvent event = call(MORNING);
        log.append(List.of(event));

        List<AppendOutcome> outcomes = log.append(List.of(event, call(MORNING.plusSeconds(5))));

        assertThat(outcomes).containsExactly(DUPLICATE, STORED);
        assertThat(totalCalls(ACME)).isEqualTo(2);
    }

    @Test
    void repeatedEventIdKeepsTheFirstVersionOfTheEvent() {
        UUID id = UUID.randomUUID();
        log.append(List.of(event(id, ACME, "/v1/clients", 200, MORNING)));

        assertThat(log.append(List.of(event(id, ACME, "/v1/clients", 500, MORNING)))).containsExactly(DUPLICATE);

        assertThat(rollups.quarterHours(UsageScope.of(ACME), MORNING, MORNING.plusSeconds(900)))
                .singleElement().satisfies(bucket -> assertThat(bucket.measures().statuses())
                        .containsExactly(entry(200, 1L)));
    }

    @Test
    void emptyBatchStoresNothing() {
        assertThat(log.append(List.of())).isEmpty();
        assertThat(totalCalls(ACME)).isZero();
    }

    @Test
    void concurrentAppendsOfTheSameEventStoreItOnce() throws Exception {
        int rounds = 40;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                UsageEvent shared = call(MORNING.plusSeconds(round));
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<AppendOutcome> append = () -> {
                    start.await();
                    return log.append(List.of(call(MORNING), shared, call(MORNING))).get(1);
                };
                Future<AppendOutcome> first = threads.submit(append);
                Future<AppendOutcome> second = threads.submit(append);
                assertThat(List.of(first.get(), second.get())).as("round %d", round)
                        .containsExactlyInAnyOrder(STORED, DUPLICATE);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(totalCalls(ACME)).isEqualTo(rounds * 5L);
    }

    @Test
    void quarterHoursSumEveryMeasureOfTheirEvents() {
        log.append(List.of(
                event(UUID.randomUUID(), ACME, "/v1/a", HttpMethod.GET, 200, OptionalInt.of(10), 100, 1_000, MORNING),
                event(UUID.randomUUID(), ACME, "/v1/a", HttpMethod.POST, 404, OptionalInt.empty(), 50, 20,
                        MORNING.plusSeconds(899)),
                event(UUID.randomUUID(), ACME, "/v1/b", HttpMethod.GET, 503, OptionalInt.of(30), 7, 3,
                        MORNING.plusSeconds(900)),
                event(UUID.randomUUID(), ACME, "/v1/b", HttpMethod.GET, 201, OptionalInt.of(5), 1, 2,
                        MORNING.plusSeconds(2 * 3600 + 60))));

        List<UsageBucket> buckets = rollups.quarterHours(UsageScope.of(ACME), MORNING, MORNING.plusSeconds(3 * 3600));

        assertThat(buckets).extracting(UsageBucket::start).containsExactly(MORNING, MORNING.plusSeconds(900),
                MORNING.plusSeconds(2 * 3600));
        UsageMeasures first = buckets.getFirst().measures();
        assertThat(List.of(first.calls(), first.clientErrors(), first.serverErrors(), first.requestBytes(),
                first.responseBytes(), first.latency().count())).containsExactly(2L, 1L, 0L, 150L, 1_020L, 1L);
        assertThat(first.latency().percentile(50)).hasValue(10);
        assertThat(first.statuses()).containsOnly(entry(200, 1L), entry(404, 1L));
        assertThat(buckets.get(1).measures().serverErrors()).isEqualTo(1);
        assertThat(buckets.get(2).measures().latency().percentile(99)).hasValue(5);
    }

    @Test
    void quarterHoursLeaveOutOtherBucketsAndOtherOrganizations() {
        Instant to = MORNING.plusSeconds(3600);
        log.append(List.of(call(MORNING.minusMillis(1)), call(MORNING), call(to.minusMillis(1)), call(to),
                event(UUID.randomUUID(), GLOBEX, "/v1/a", 200, MORNING)));

        List<UsageBucket> buckets = rollups.quarterHours(UsageScope.of(ACME), MORNING, to);

        assertThat(buckets).extracting(UsageBucket::start).containsExactly(MORNING, MORNING.plusSeconds(2700));
        assertThat(buckets).extracting(bucket -> bucket.measures().calls()).containsExactly(1L, 1L);
    }

    @Test
    void theSystemCountsEveryOrganizationOnceWhicheverShardsTheAppendsUsed() {
        for (int i = 0; i < 20; i++) {
            log.append(List.of(call(MORNING.plusSeconds(i)), event(UUID.randomUUID(), GLOBEX, "/v1/a", 500,
                    MORNING.plusSeconds(i))));
        }

        List<UsageBucket> system = rollups.quarterHours(UsageScope.system(), MORNING, MORNING.plusSeconds(900));

        assertThat(system).singleElement().satisfies(bucket -> {
            assertThat(bucket.measures().calls()).isEqualTo(40);
            assertThat(bucket.measures().serverErrors()).isEqualTo(20);
            assertThat(bucket.measures().latency().count()).isEqualTo(40);
        });
        assertThat(rollups.routes(UsageScope.system(), MORNING, MORNING.plusSeconds(900)))
                .extracting(route -> route.route().endpoint().template(), route -> route.measures().calls())
                .containsExactlyInAnyOrder(tuple("/v1/clients/{id}", 20L), tuple("/v1/a", 20L));
    }

    @Test
    void routesOverAnyRangeSumExactlyTheEventsInIt() {
        // Three days of events at odd times, read over ranges with and without whole UTC days inside them.
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        List<UsageEvent> events = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 600; i++) {
            events.add(event(UUID.randomUUID(), ACME, "/v1/" + (char) ('a' + random.nextInt(3)),
                    random.nextBoolean() ? HttpMethod.GET : HttpMethod.POST, random.nextInt(10) == 0 ? 500 : 200,
                    OptionalInt.of(random.nextInt(400)), 1, 1, start.plusSeconds(random.nextInt(3 * 86_400))));
        }
        log.append(events);

        long[][] ranges = {{0, 3 * 96}, {1, 3 * 96 - 1}, {37, 96 + 5}, {95, 193}, {96, 192}, {10, 11}, {50, 250}};
        for (long[] range : ranges) {
            Instant from = start.plusSeconds(range[0] * 900);
            Instant to = start.plusSeconds(range[1] * 900);
            Map<String, Long> expected = new TreeMap<>();
            events.stream().filter(event -> !event.occurredAt().isBefore(from) && event.occurredAt().isBefore(to))
                    .forEach(event -> expected.merge(event.endpoint() + " " + event.method(), 1L, Long::sum));
            Map<String, Long> read = new TreeMap<>();
            rollups.routes(UsageScope.of(ACME), from, to).forEach(route -> read.put(
                    route.route().endpoint() + " " + route.route().method(), route.measures().calls()));
            assertThat(read).as("routes from quarter hour %d to %d", range[0], range[1]).isEqualTo(expected);
        }
    }

    @Test
    void countsSumCallsAndErrorsOfTheRangeOnly() {
        log.append(List.of(call(MORNING), event(UUID.randomUUID(), ACME, "/v1/a", 404, MORNING.plusSeconds(900)),
                event(UUID.randomUUID(), ACME, "/v1/a", 503, MORNING.plusSeconds(1_800)), call(MORNING.plusSeconds(3_600)),
                event(UUID.randomUUID(), GLOBEX, "/v1/a", 500, MORNING)));

        assertThat(rollups.counts(UsageScope.of(ACME), MORNING, MORNING.plusSeconds(3_600)))
                .isEqualTo(new UsageCounts(3, 1, 1));
        assertThat(rollups.counts(UsageScope.system(), MORNING, MORNING.plusSeconds(900)))
                .isEqualTo(new UsageCounts(2, 0, 1));
        assertThat(rollups.counts(UsageScope.of(ACME), MORNING.minusSeconds(900), MORNING)).isEqualTo(UsageCounts.NONE);
    }

    @Test
    void totalsSumEachScopesQuarterHoursOfTheRangeForManyScopesAtOnce() {
        log.append(List.of(call(MORNING.minusMillis(1)), call(MORNING),
                event(UUID.randomUUID(), ACME, "/v1/a", 500, MORNING.plusSeconds(1_000)),
                event(UUID.randomUUID(), GLOBEX, "/v1/a", 404, MORNING.plusSeconds(60)),
                event(UUID.randomUUID(), GLOBEX, "/v1/a", 200, MORNING.plusSeconds(1_800))));
        List<UsageScope> scopes = new ArrayList<>(List.of(UsageScope.of(ACME), UsageScope.of(GLOBEX),
                UsageScope.system()));
        for (int i = 0; i < 1_200; i++) {
            // More scopes than one statement binds: the reads come in chunks, and the quiet ones are left out.
            scopes.add(UsageScope.of(new OrganizationId("quiet-" + i)));
        }

        Map<UsageScope, UsageMeasures> totals = rollups.totals(scopes, MORNING, MORNING.plusSeconds(1_800));

        assertThat(totals).containsOnlyKeys(UsageScope.of(ACME), UsageScope.of(GLOBEX), UsageScope.system());
        assertThat(totals.get(UsageScope.of(ACME))).satisfies(acme -> {
            assertThat(acme.calls()).isEqualTo(2);
            assertThat(acme.serverErrors()).isEqualTo(1);
            assertThat(acme.latency().count()).isEqualTo(2);
        });
        assertThat(totals.get(UsageScope.of(GLOBEX)).clientErrors()).isEqualTo(1);
        assertThat(totals.get(UsageScope.of(GLOBEX)).calls()).isEqualTo(1);
        assertThat(totals.get(UsageScope.system()).calls()).isEqualTo(3);
    }

    @Test
    void theBusiestOrganizationsComeFirst() {
        log.append(List.of(call(MORNING), call(MORNING), call(MORNING.plusSeconds(900)),
                event(UUID.randomUUID(), GLOBEX, "/v1/a", 404, MORNING)));

        assertThat(rollups.busiestOrganizations(MORNING, MORNING.plusSeconds(3600), 10)).containsExactly(
                new OrganizationCalls(ACME, 3, 0), new OrganizationCalls(GLOBEX, 1, 1));
        assertThat(rollups.busiestOrganizations(MORNING, MORNING.plusSeconds(3600), 1)).hasSize(1);
    }

    protected long totalCalls(OrganizationId organization) {
        return rollups.quarterHours(UsageScope.of(organization), MORNING.minusSeconds(86_400),
                MORNING.plusSeconds(86_400)).stream().mapToLong(bucket -> bucket.measures().calls()).sum();
    }

    protected static UsageEvent call(Instant at) {
        return event(UUID.randomUUID(), ACME, "/v1/clients/{id}", 200, at);
    }

    protected static UsageEvent event(UUID id, OrganizationId organization, String endpoint, int status, Instant at) {
        return event(id, organization, endpoint, HttpMethod.GET, status, OptionalInt.of(20), 100, 1_000, at);
    }

    protected static UsageEvent event(UUID id, OrganizationId organization, String endpoint, HttpMethod method,
                                      int status, OptionalInt latencyMs, long requestBytes, long responseBytes,
                                      Instant at) {
        return new UsageEvent(new EventId(id), organization, Optional.of(new ApiKeyId("key_test")),
                new Endpoint(endpoint), method, status, latencyMs, requestBytes, responseBytes, at);
    }
}
