package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.ratelimit.QuotaLedger;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis script against the reference, {@code QuotaLedger}, on random sequences: the same calls at the same
 * times get equal decisions: kind, violated limits, reason, retry time, and for every limit the same remaining and
 * reset seconds. The sequences mix organizations on three calendars (one crossing a daylight-saving change), costs
 * that fit and that never can, dry runs, tier changes that make limits larger, smaller, finite or unlimited, bursts
 * within one millisecond, pauses of hours, and a clock that sometimes steps back.
 */
class RedisMatchesTheLedgerTest {

    private static final List<LimitSet> LIMITS = List.of(
            DefaultTiers.named(DefaultTiers.FREE).limits(), DefaultTiers.named(DefaultTiers.STARTER).limits(),
            DefaultTiers.named(DefaultTiers.ENTERPRISE).limits(), LimitSet.of(7L, 4L, 2L), LimitSet.of(null, 3L, null),
            LimitSet.of(5L, null, null), LimitSet.of(40L, 12L, 3L), LimitSet.of(null, null, null));
    private static final List<LocalCalendar> CALENDARS = List.of(new LocalCalendar(ZoneId.of("UTC")),
            new LocalCalendar(ZoneId.of("America/New_York")), new LocalCalendar(ZoneId.of("Asia/Kolkata")));
    private static final int STEPS = 3_000;

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void randomSequencesGetTheLedgersAnswers(long seed) {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-08T20:00:00Z"));
        compare(new Random(seed), clock, new RedisQuotaCounters(REDIS.client(), REDIS.namespace(), clock, clock),
                true);
    }

    /**
     * The denials a node answers from memory ({@link DenialMemo}) are Redis's answers to the letter, at every later
     * moment they are given. The memo's clock must not step back (a node's monotonic clock does not).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9, 10})
    void rememberedDenialsAreTheLedgersAnswersToo(long seed) {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-08T20:00:00Z"));
        RedisQuotaCounters redis = new RedisQuotaCounters(REDIS.client(), REDIS.namespace(), clock, clock, true);

        compare(new Random(seed), clock, redis, false);

        assertThat(redis.denialsFromMemory()).as("denials answered from memory").isGreaterThan(STEPS / 20);
    }

    private static void compare(Random random, MutableClock clock, RedisQuotaCounters redis, boolean stepsBack) {
        QuotaLedger[] ledgers = {new QuotaLedger(), new QuotaLedger(), new QuotaLedger()};
        Map<String, Integer> outcomes = new TreeMap<>();
        LimitSet[] limits = {LIMITS.get(0), LIMITS.get(3), LIMITS.get(6)};
        for (int step = 0; step < STEPS; step++) {
            int org = random.nextInt(ledgers.length);
            if (random.nextInt(30) == 0) {
                limits[org] = LIMITS.get(random.nextInt(LIMITS.size()));
            }
            long cost = random.nextInt(20) == 0 ? 10 : 1 + (random.nextInt(6) == 0 ? random.nextInt(3) : 0);
            boolean dryRun = random.nextInt(10) == 0;
            Duration pause = nextStep(random);
            clock.advance(pause.isNegative() && !stepsBack ? pause.negated() : pause);
            OrganizationId organization = new OrganizationId("org-" + org);
            Decision expected = ledgers[org].decide(clock.millis(), limits[org], CALENDARS.get(org), cost, dryRun);
            Decision actual = redis.decide(organization, limits[org], CALENDARS.get(org), cost, dryRun,
                    FailureMode.OPEN);
            assertThat(actual).as("step %d at %s: %s, cost %d%s", step, clock.instant(), limits[org], cost,
                    dryRun ? ", dry run" : "").isEqualTo(expected);
            outcomes.merge(kind(actual), 1, Integer::sum);
        }
        assertThat(outcomes).as("the sequence tried every outcome").containsOnlyKeys("admitted",
                "denied: COST_EXCEEDS_LIMIT", "denied: LIMIT_EXCEEDED").allSatisfy((kind, count) ->
                assertThat(count).as(kind).isGreaterThan(STEPS / 100));
    }

    private static String kind(Decision decision) {
        return decision instanceof Decision.Denied denied ? "denied: " + denied.reason() : "admitted";
    }

    private static Duration nextStep(Random random) {
        int kind = random.nextInt(100);
        if (kind < 30) {
            return Duration.ZERO;
        } else if (kind < 80) {
            return Duration.ofMillis(1 + random.nextInt(300));
        } else if (kind < 90) {
            return Duration.ofMillis(1_000 + random.nextInt(4_000));
        } else if (kind < 97) {
            return Duration.ofSeconds(30 + random.nextInt(60));
        } else if (kind < 99) {
            return Duration.ofMinutes(60 + random.nextInt(300));
        }
        return Duration.ofMillis(-1 - random.nextInt(3_000));
    }
}
