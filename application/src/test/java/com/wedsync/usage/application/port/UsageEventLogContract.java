package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
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

/**
 * What every {@link UsageEventLog} promises: a repeated event id is stored once and reported as a duplicate, even
 * when two appends race; the aggregates count each stored event once, over half-open ranges, per organization.
 */
public abstract class UsageEventLogContract {

    protected static final OrganizationId ACME = new OrganizationId("acme");
    protected static final OrganizationId GLOBEX = new OrganizationId("globex");
    protected static final Instant MORNING = Instant.parse("2024-03-01T10:00:00Z");

    protected UsageEventLog log;

    /** A new, empty log; the subclass releases whatever backs it after each test. */
    protected abstract UsageEventLog newLog();

    @BeforeEach
    void createLog() {
        log = newLog();
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

        assertThat(log.statusCounts(ACME, MORNING, MORNING.plusSeconds(60))).containsExactly(entry(200, 1L));
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
    void bucketsSumEveryQuarterHourOfTheRange() {
        log.append(List.of(
                event(UUID.randomUUID(), ACME, "/v1/a", HttpMethod.GET, 200, OptionalInt.of(10), 100, 1_000, MORNING),
                event(UUID.randomUUID(), ACME, "/v1/a", HttpMethod.POST, 404, OptionalInt.empty(), 50, 20,
                        MORNING.plusSeconds(899)),
                event(UUID.randomUUID(), ACME, "/v1/b", HttpMethod.GET, 503, OptionalInt.of(30), 7, 3,
                        MORNING.plusSeconds(900)),
                event(UUID.randomUUID(), ACME, "/v1/b", HttpMethod.GET, 201, OptionalInt.of(5), 1, 2,
                        MORNING.plusSeconds(2 * 3600 + 60))));

        assertThat(log.buckets(ACME, MORNING, MORNING.plusSeconds(3 * 3600))).containsExactly(
                new UsageBucket(MORNING, 2, 1, 0, 150, 1_020, 1, 10),
                new UsageBucket(MORNING.plusSeconds(900), 1, 0, 1, 7, 3, 1, 30),
                new UsageBucket(MORNING.plusSeconds(2 * 3600), 1, 0, 0, 1, 2, 1, 5));
    }

    @Test
    void bucketsLeaveOutEventsOutsideTheHalfOpenRangeAndOtherOrganizations() {
        Instant to = MORNING.plusSeconds(3600);
        log.append(List.of(call(MORNING.minusMillis(1)), call(MORNING), call(to.minusMillis(1)), call(to),
                event(UUID.randomUUID(), GLOBEX, "/v1/a", 200, MORNING)));

        List<UsageBucket> buckets = log.buckets(ACME, MORNING, to);

        assertThat(buckets).extracting(UsageBucket::start)
                .containsExactly(MORNING, MORNING.plusSeconds(2700));
        assertThat(buckets).extracting(UsageBucket::calls).containsExactly(1L, 1L);
    }

    @Test
    void statusCountsCountCallsPerStatus() {
        log.append(List.of(event(UUID.randomUUID(), ACME, "/v1/a", 200, MORNING),
                event(UUID.randomUUID(), ACME, "/v1/a", 200, MORNING.plusSeconds(1)),
                event(UUID.randomUUID(), ACME, "/v1/b", 429, MORNING.plusSeconds(2)),
                event(UUID.randomUUID(), ACME, "/v1/b", 500, MORNING.plusSeconds(3600)),
                event(UUID.randomUUID(), GLOBEX, "/v1/b", 500, MORNING)));

        assertThat(log.statusCounts(ACME, MORNING, MORNING.plusSeconds(3600)))
                .containsOnly(entry(200, 2L), entry(429, 1L));
    }

    @Test
    void topEndpointsAreTheBusiestFirstAndAtMostTheLimit() {
        log.append(List.of(event(UUID.randomUUID(), ACME, "/v1/a", 200, MORNING),
                event(UUID.randomUUID(), ACME, "/v1/b", 500, MORNING),
                event(UUID.randomUUID(), ACME, "/v1/b", 404, MORNING),
                event(UUID.randomUUID(), ACME, "/v1/b", 200, MORNING),
                event(UUID.randomUUID(), ACME, "/v1/c", 200, MORNING),
                event(UUID.randomUUID(), ACME, "/v1/c", 200, MORNING),
                event(UUID.randomUUID(), GLOBEX, "/v1/a", 200, MORNING),
                event(UUID.randomUUID(), GLOBEX, "/v1/a", 200, MORNING),
                event(UUID.randomUUID(), GLOBEX, "/v1/a", 200, MORNING)));

        assertThat(log.topEndpoints(ACME, MORNING, MORNING.plusSeconds(60), 2)).containsExactly(
                new EndpointUsage("/v1/b", "GET", 3, 2), new EndpointUsage("/v1/c", "GET", 2, 0));
    }

    protected long totalCalls(OrganizationId organization) {
        return log.buckets(organization, MORNING.minusSeconds(86_400), MORNING.plusSeconds(86_400)).stream()
                .mapToLong(UsageBucket::calls).sum();
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
