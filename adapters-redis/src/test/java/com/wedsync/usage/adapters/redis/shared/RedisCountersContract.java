package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.application.port.QuotaCountersContract;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counters contract on Redis, each store under a namespace of its own, whose keys are deleted after the test.
 * Redis decides at the test's clock (passed to the scripts instead of {@code TIME}), so that the contract can move
 * time; {@link RedisClockTest} shows that production reads Redis's clock.
 */
abstract class RedisCountersContract extends QuotaCountersContract {

    private static final LimitSet FREE = DefaultTiers.named(DefaultTiers.FREE).limits();
    private static final LocalCalendar UTC = new LocalCalendar(ZoneOffset.UTC);

    private final List<String> namespaces = new ArrayList<>();
    private MutableClock clock;
    private String namespace;

    /** The client the stores share; the subclass connects it once and shuts it down. */
    protected abstract RedissonClient redisson();

    @Override
    protected QuotaCounters newCounters(Instant start) {
        clock = new MutableClock(start);
        namespace = "test-" + UUID.randomUUID();
        namespaces.add(namespace);
        return new RedisQuotaCounters(redisson(), namespace, clock, clock);
    }

    @Override
    protected void advanceClock(Duration duration) {
        clock.advance(duration);
    }

    @AfterEach
    void deleteTheTestsKeys() {
        namespaces.forEach(name -> redisson().getKeys().deleteByPattern(name + ":*"));
    }

    @Test
    void everyKeyExpiresOnceItsWindowCanNoLongerMatter() { // L7
        OrganizationId organization = new OrganizationId("ttl-org");
        for (int call = 0; call < 8; call++) {
            counters().decide(organization, FREE, UTC, 1, false, FailureMode.OPEN);
            clock.advance(Duration.ofMillis(100));
        }
        Map<String, Long> ttls = millisToLive();
        String tag = namespace + ":{ttl-org}:";
        assertThat(ttls).containsOnlyKeys(tag + "counters:v2");
        Duration untilMidnight = Duration.between(NOON, Instant.parse("2025-06-03T00:00:00Z"));
        assertThat(ttls.get(tag + "counters:v2")).isPositive().isLessThanOrEqualTo(untilMidnight.toMillis());
    }

    /**
     * Many callers on a few organizations: their decisions reach Redis several in one call (DecisionBatches), and
     * each is still decided on its own, in order: every organization admits exactly its limit, and the remaining
     * counts its admissions answered are each count down from the limit once, none twice, none skipped.
     */
    @Test
    void decisionsSentTogetherAreEachDecidedInTurn() throws Exception {
        LimitSet thirtyADay = LimitSet.of(30L, null, null);
        int organizations = 6;
        List<List<Long>> remaining = new ArrayList<>();
        IntStream.range(0, organizations).forEach(i -> remaining.add(Collections.synchronizedList(new ArrayList<>())));
        try (ExecutorService callers = Executors.newFixedThreadPool(24)) {
            List<Future<?>> done = new ArrayList<>();
            for (int caller = 0; caller < 24; caller++) {
                int first = caller;
                done.add(callers.submit(() -> {
                    for (int call = 0; call < 20; call++) {
                        int org = (first + call) % organizations;
                        Decision decision = counters().decide(new OrganizationId("together-" + org), thirtyADay, UTC,
                                1, false, FailureMode.OPEN);
                        if (decision instanceof Decision.Admitted admitted) {
                            remaining.get(org).add(admitted.limits().getFirst().remaining());
                        }
                    }
                }));
            }
            for (Future<?> caller : done) {
                caller.get();
            }
        }
        for (int org = 0; org < organizations; org++) {
            assertThat(remaining.get(org)).as("organization %d", org)
                    .containsExactlyInAnyOrderElementsOf(LongStream.range(0, 30).boxed().toList());
            assertThat(counters().usedToday(new OrganizationId("together-" + org), UTC)).isEqualTo(30);
        }
    }

    /**
     * A log entry keeps its time modulo 2^32 ms (decide.lua): a minute that spans a multiple of 2^32 ms
     * (2025-07-12T18:57:36.768Z is 408 of them) still holds the calls made before it, and lets each go exactly a
     * minute after it was made.
     */
    @Test
    void aMinuteAcrossTheWrapOfTheLogsClockCountsEveryCall() {
        Instant wrap = Instant.ofEpochMilli(408L << 32);
        QuotaCounters store = newCounters(wrap.minusMillis(300));
        OrganizationId organization = new OrganizationId("wrap-org");
        for (int call = 0; call < 5; call++) {
            assertThat(store.decide(organization, FREE, UTC, 1, false, FailureMode.OPEN))
                    .isInstanceOf(Decision.Admitted.class);
            clock.advance(Duration.ofMillis(100));
        }
        Decision full = store.decide(organization, FREE, UTC, 1, false, FailureMode.OPEN);
        assertThat(full).isInstanceOf(Decision.Denied.class);
        assertThat(((Decision.Denied) full).violated()).contains(LimitName.MINUTE);
        assertThat(((Decision.Denied) full).retryAfterSeconds()).isEqualTo(OptionalLong.of(60));
        clock.advance(Duration.ofMillis(59_499));
        assertThat(store.decide(organization, FREE, UTC, 1, false, FailureMode.OPEN))
                .as("a millisecond before the first call leaves the minute").isInstanceOf(Decision.Denied.class);
        clock.advance(Duration.ofMillis(1));
        Decision afterTheFirst = store.decide(organization, FREE, UTC, 1, false, FailureMode.OPEN);
        assertThat(afterTheFirst).isInstanceOf(Decision.Admitted.class);
        assertThat(limit(afterTheFirst, LimitName.MINUTE).remaining()).isZero();
    }

    /**
     * One log entry holds a cost below 2^32; a call costing more takes several, and all of it counts and leaves
     * (while a later call keeps the log from emptying, which would forget its count anyway).
     */
    @Test
    void aCostBeyondWhatOneLogEntryHoldsCountsWhole() {
        LimitSet large = LimitSet.of(null, 20_000_000_000L, null);
        OrganizationId organization = new OrganizationId("large-cost-org");
        for (int call = 0; call < 2; call++) {
            assertThat(counters().decide(organization, large, UTC, 9_000_000_000L, false, FailureMode.OPEN))
                    .isInstanceOf(Decision.Admitted.class);
        }
        clock.advance(Duration.ofMillis(1));
        Decision over = counters().decide(organization, large, UTC, 3_000_000_000L, false, FailureMode.OPEN);
        assertThat(over).isInstanceOf(Decision.Denied.class);
        assertThat(limit(over, LimitName.MINUTE).remaining()).isEqualTo(2_000_000_000L);
        assertThat(counters().decide(organization, large, UTC, 1_000_000_000L, false, FailureMode.OPEN))
                .isInstanceOf(Decision.Admitted.class);
        clock.advance(Duration.ofMillis(59_999));
        Decision afterTheBigOnes = counters().decide(organization, large, UTC, 3_000_000_000L, false,
                FailureMode.OPEN);
        assertThat(afterTheBigOnes).isInstanceOf(Decision.Admitted.class);
        assertThat(limit(afterTheBigOnes, LimitName.MINUTE).remaining()).isEqualTo(16_000_000_000L);
    }

    /** Every key of the current store with its time to live in milliseconds (negative: none, or gone). */
    protected final Map<String, Long> millisToLive() {
        return redisson().getKeys().getKeysStreamByPattern(namespace + ":*").collect(Collectors.toMap(
                key -> key, key -> redisson().getKeys().remainTimeToLive(key)));
    }
}
