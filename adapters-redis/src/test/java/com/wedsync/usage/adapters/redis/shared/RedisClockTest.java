package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LimitState;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production the scripts decide at Redis's time, not at the caller's: two service nodes whose clocks are 5 s
 * ahead and 5 s behind get the answers one node would get, on the rolling windows and at the organization's
 * midnight alike.
 */
class RedisClockTest {

    private static final Duration SKEW = Duration.ofSeconds(5);

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    private RedisQuotaCounters ahead;
    private RedisQuotaCounters behind;

    @BeforeEach
    void twoSkewedNodes() {
        ahead = new RedisQuotaCounters(REDIS.client(), REDIS.namespace(), Clock.offset(Clock.systemUTC(), SKEW),
                null);
        behind = new RedisQuotaCounters(REDIS.client(), REDIS.namespace(),
                Clock.offset(Clock.systemUTC(), SKEW.negated()), null);
    }

    @Test
    void theRollingWindowsRunOnRedissClock() {
        OrganizationId organization = new OrganizationId("skewed-windows");
        LimitSet free = DefaultTiers.named(DefaultTiers.FREE).limits();
        LocalCalendar utc = new LocalCalendar(ZoneOffset.UTC);
        for (int call = 0; call < 5; call++) {
            assertThat(ahead.decide(organization, free, utc, 1, false, FailureMode.OPEN))
                    .isInstanceOf(Decision.Admitted.class);
        }
        Decision.Denied denied = (Decision.Denied) behind.decide(organization, free, utc, 1, false, FailureMode.OPEN);
        // On the callers' clocks the first call would leave the window 70 s from now; on Redis's, 60 s.
        assertThat(denied.retryAfterSeconds().getAsLong()).isBetween(59L, 60L);
        assertThat(limit(denied, LimitName.MINUTE).resetSeconds()).isBetween(59L, 60L);
    }

    @Test
    void theOrganizationsMidnightIsRedissMidnight() throws InterruptedException {
        OrganizationId organization = new OrganizationId("skewed-midnight");
        long midnight = Math.ceilDiv(redisMillis(), 1_000L) * 1_000 + 3_000;
        LocalCalendar calendar = new LocalCalendar(zoneWithMidnightAt(midnight));
        LimitSet threeADay = LimitSet.of(3L, null, null);
        // The node ahead already lives in the next day, yet both calls count on the day Redis is in.
        Decision first = ahead.decide(organization, threeADay, calendar, 1, false, FailureMode.OPEN);
        Decision second = behind.decide(organization, threeADay, calendar, 1, false, FailureMode.OPEN);
        assertThat(limit(first, LimitName.DAILY).resetSeconds()).isBetween(1L, 4L);
        assertThat(limit(second, LimitName.DAILY).remaining()).isEqualTo(1);
        while (redisMillis() < midnight + 50) {
            Thread.sleep(100);
        }
        // The node behind still lives in the old day, yet its call starts Redis's new day.
        Decision nextDay = behind.decide(organization, threeADay, calendar, 1, false, FailureMode.OPEN);
        assertThat(limit(nextDay, LimitName.DAILY).remaining()).isEqualTo(2);
        assertThat(limit(nextDay, LimitName.DAILY).resetSeconds()).isGreaterThan(86_000);
        assertThat(ahead.usedToday(organization, calendar)).isEqualTo(1);
        assertThat(behind.usedToday(organization, calendar)).isEqualTo(1);
    }

    /** A fixed-offset zone whose local midnight falls at {@code midnightMillis}. */
    private static ZoneOffset zoneWithMidnightAt(long midnightMillis) {
        long secondOfDay = Math.floorMod(midnightMillis / 1_000, 86_400);
        long offset = Math.floorMod(-secondOfDay, 86_400);
        return ZoneOffset.ofTotalSeconds((int) (offset >= 43_200 ? offset - 86_400 : offset));
    }

    private static long redisMillis() {
        List<Object> time = REDIS.client().getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_ONLY,
                "return redis.call('TIME')", RScript.ReturnType.MULTI);
        return Long.parseLong((String) time.get(0)) * 1_000 + Long.parseLong((String) time.get(1)) / 1_000;
    }

    private static LimitState limit(Decision decision, LimitName name) {
        return decision.limits().stream().filter(state -> state.name() == name).findFirst().orElseThrow();
    }
}
