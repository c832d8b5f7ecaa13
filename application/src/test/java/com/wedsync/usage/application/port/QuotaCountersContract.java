package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link QuotaCounters} must do, whatever holds the counters. Each implementation's test supplies the
 * store and a way to move its clock.
 */
public abstract class QuotaCountersContract {

    protected static final Instant NOON = Instant.parse("2025-06-02T12:00:00Z");
    private static final LimitSet FREE = DefaultTiers.named(DefaultTiers.FREE).limits();
    private static final LocalCalendar UTC = new LocalCalendar(ZoneId.of("UTC"));

    private QuotaCounters counters;

    /** A fresh, empty store whose clock reads {@code start} until {@link #advanceClock} moves it. */
    protected abstract QuotaCounters newCounters(Instant start);

    protected abstract void advanceClock(Duration duration);

    @BeforeEach
    void freshStore() {
        counters = newCounters(NOON);
    }

    @Test
    void concurrentCallersNeverOvershoot() throws Exception { // L1
        OrganizationId organization = new OrganizationId("l1-org");
        int callers = 50;
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Decision>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return counters.decide(organization, FREE, UTC, 1, false);
                }));
            }
            ready.await();
            go.countDown();
            long admitted = 0;
            for (Future<Decision> answer : answers) {
                admitted += answer.get() instanceof Decision.Admitted ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(5);
            assertThat(callers - admitted).isEqualTo(45);
        }
        assertThat(counters.usedToday(organization, UTC)).isEqualTo(5);
    }

    @Test
    void deniedCallConsumesNothing() {
        OrganizationId organization = new OrganizationId("denied-org");
        for (int i = 0; i < 5; i++) {
            counters.decide(organization, FREE, UTC, 1, false);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(counters.decide(organization, FREE, UTC, 1, false)).isInstanceOf(Decision.Denied.class);
        }
        assertThat(counters.usedToday(organization, UTC)).isEqualTo(5);
    }

    @Test
    void organizationsDoNotShareCounters() {
        for (int i = 0; i < 5; i++) {
            counters.decide(new OrganizationId("busy"), FREE, UTC, 1, false);
        }
        Decision other = counters.decide(new OrganizationId("quiet"), FREE, UTC, 1, false);
        assertThat(other).isInstanceOf(Decision.Admitted.class);
        assertThat(other.limits()).filteredOn(limit -> limit.name() == LimitName.MINUTE)
                .singleElement().extracting(limit -> limit.remaining()).isEqualTo(4L);
    }

    @Test
    void theRollingMinuteFreesRoomExactlyWhenItsOldestCallLeaves() {
        OrganizationId organization = new OrganizationId("window-org");
        for (int i = 0; i < 5; i++) {
            counters.decide(organization, FREE, UTC, 1, false);
        }
        advanceClock(Duration.ofMillis(59_999));
        assertThat(counters.decide(organization, FREE, UTC, 1, false)).isInstanceOf(Decision.Denied.class);
        advanceClock(Duration.ofMillis(1));
        assertThat(counters.decide(organization, FREE, UTC, 5, false)).isInstanceOf(Decision.Admitted.class);
    }

    @Test
    void aDryRunConsumesNothing() {
        OrganizationId organization = new OrganizationId("dry-org");
        for (int i = 0; i < 8; i++) {
            assertThat(counters.decide(organization, FREE, UTC, 1, true)).isInstanceOf(Decision.Admitted.class);
        }
        assertThat(counters.usedToday(organization, UTC)).isZero();
    }
}
