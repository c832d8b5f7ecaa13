package com.wedsync.usage.adapters.redis.inprocess;

import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.application.port.QuotaCountersContract;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessQuotaCountersTest extends QuotaCountersContract {

    private MutableClock clock;
    private InProcessQuotaCounters store;

    @Override
    protected QuotaCounters newCounters(Instant start) {
        clock = new MutableClock(start);
        store = new InProcessQuotaCounters(clock);
        return store;
    }

    @Override
    protected void advanceClock(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void idleOrganizationsAreForgottenOnceTheirDayIsOver() { // L7 for the in-process store
        LocalCalendar shanghai = new LocalCalendar(ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < 1_000; i++) {
            store.decide(new OrganizationId("org-" + i), DefaultTiers.named(DefaultTiers.FREE).limits(), shanghai,
                    1, false);
        }
        clock.advance(Duration.ofMinutes(2));
        assertThat(store.forgetIdle()).as("today's counts still matter").isZero();
        assertThat(store.activeOrganizations()).isEqualTo(1_000);
        clock.set(Instant.parse("2025-06-02T16:00:00Z")); // midnight in Shanghai
        assertThat(store.forgetIdle()).isEqualTo(1_000);
        assertThat(store.activeOrganizations()).isZero();
    }

    @Test
    void aDecisionRacingTheSweepIsNeverLost() throws Exception {
        OrganizationId organization = new OrganizationId("racing");
        var limits = DefaultTiers.named(DefaultTiers.ENTERPRISE).limits();
        LocalCalendar utc = new LocalCalendar(ZoneId.of("UTC"));
        Thread sweeper = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 20_000; i++) {
                store.forgetIdle();
            }
        });
        for (int i = 0; i < 2_000; i++) {
            store.decide(organization, limits, utc, 1, false);
            clock.advance(Duration.ofMillis(10));
        }
        sweeper.join();
        assertThat(store.usedToday(organization, utc)).isEqualTo(2_000);
    }
}
