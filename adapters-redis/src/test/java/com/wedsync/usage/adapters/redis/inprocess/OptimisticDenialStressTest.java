package com.wedsync.usage.adapters.redis.inprocess;

import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.ratelimit.QuotaLedger;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads on one organization with small limits, where denials are answered without the lock while admissions
 * take it. The clock stands still while the threads call and moves between rounds, so every admission's time is
 * known: no window ever holds more than its limit, and each round admits exactly what one caller alone would
 * (checked against a ledger fed the same calls one by one).
 */
class OptimisticDenialStressTest {

    private static final LimitSet LIMITS = LimitSet.of(400L, 12L, 4L);
    private static final LocalCalendar UTC = new LocalCalendar(ZoneOffset.UTC);
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 25;

    @Test
    void racingCallersNeverOvershootAnyWindowNorGetFalselyDenied() throws Exception {
        Instant start = Instant.parse("2025-06-02T23:58:00Z");
        MutableClock clock = new MutableClock(start);
        InProcessQuotaCounters counters = new InProcessQuotaCounters(clock);
        OrganizationId organization = new OrganizationId("hot-org");
        QuotaLedger alone = new QuotaLedger();
        List<long[]> admissions = new ArrayList<>();
        Random random = new Random(42);
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int round = 0; round < 400; round++) {
                int admitted = round(pool, counters, organization);
                int expected = alone(alone, clock.millis());
                assertThat(admitted).as("admitted in round %d", round).isEqualTo(expected);
                admissions.add(new long[] {clock.millis(), admitted});
                clock.advance(Duration.ofMillis(random.nextInt(4) == 0 ? random.nextInt(20_000) : random.nextInt(300)));
            }
        }
        assertWindowsHold(admissions, 60_000, 12);
        assertWindowsHold(admissions, 1_000, 4);
    }

    private static int round(ExecutorService pool, InProcessQuotaCounters counters, OrganizationId organization)
            throws Exception {
        CyclicBarrier go = new CyclicBarrier(THREADS);
        AtomicInteger admitted = new AtomicInteger();
        List<Future<?>> callers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            callers.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    if (counters.decide(organization, LIMITS, UTC, 1, false) instanceof Decision.Admitted) {
                        admitted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> caller : callers) {
            caller.get();
        }
        return admitted.get();
    }

    private static int alone(QuotaLedger ledger, long now) {
        int admitted = 0;
        for (int i = 0; i < THREADS * CALLS_PER_THREAD; i++) {
            admitted += ledger.decide(now, LIMITS, UTC, 1, false) instanceof Decision.Admitted ? 1 : 0;
        }
        return admitted;
    }

    private static void assertWindowsHold(List<long[]> admissions, long windowMillis, long limit) {
        for (long[] end : admissions) {
            long inWindow = admissions.stream()
                    .filter(a -> a[0] <= end[0] && end[0] - a[0] < windowMillis)
                    .mapToLong(a -> a[1]).sum();
            assertThat(inWindow).as("admitted in the %d ms up to %d", windowMillis, end[0]).isLessThanOrEqualTo(limit);
        }
    }
}
