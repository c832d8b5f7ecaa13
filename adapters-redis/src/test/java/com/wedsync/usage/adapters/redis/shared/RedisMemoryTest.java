package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an organization costs Redis at the worst moment of its day: its minute full of calls made in distinct
 * milliseconds (a log entry each), by {@code MEMORY USAGE} of all its keys. The figures are in docs/redis.md.
 */
class RedisMemoryTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    @ParameterizedTest(name = "{0} with a full minute uses at most {1} bytes")
    @CsvSource({"FREE, 400", "SCALE, 1300"})
    void anOrganizationWithAFullMinuteStaysSmall(String tier, long bytes) {
        MutableClock clock = new MutableClock(Instant.parse("2025-06-02T12:00:00Z"));
        RedisQuotaCounters redis = new RedisQuotaCounters(REDIS.client(), REDIS.namespace(), clock, clock);
        LimitSet limits = DefaultTiers.named(new TierName(tier)).limits();
        long perMinute = limits.bound(LimitName.MINUTE);
        OrganizationId organization = new OrganizationId("memory-org");
        for (long call = 0; call < perMinute; call++) {
            redis.decide(organization, limits, new LocalCalendar(ZoneOffset.UTC), 1, false, FailureMode.OPEN);
            clock.advance(Duration.ofMillis(59_000 / perMinute));
        }
        long used = REDIS.client().getKeys().getKeysStreamByPattern(REDIS.namespace() + ":*")
                .mapToLong(RedisMemoryTest::bytes).sum();
        System.out.printf("%s organization with a full minute: %d bytes in Redis%n", tier, used);
        assertThat(used).isLessThanOrEqualTo(bytes);
    }

    private static long bytes(String key) {
        Long bytes = REDIS.client().getScript(StringCodec.INSTANCE).eval(key, RScript.Mode.READ_ONLY,
                "return redis.call('MEMORY', 'USAGE', KEYS[1])", RScript.ReturnType.INTEGER, List.of(key));
        return bytes == null ? 0 : bytes;
    }
}
