package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;
import com.wedsync.usage.domain.ratelimit.LimitState;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link QuotaCounters} must do, whatever holds the counters: the CASES.md limit cases that a store
 * decides (L1–L6, L8–L10), on the store's clock. Each implementation's test supplies the store and a way to move
 * its clock; a store that reads another clock in production (Redis's) gets a test-only way to read this one.
 */
public abstract class QuotaCountersContract {

    protected static final Instant NOON = Instant.parse("2025-06-02T12:00:00Z");
    private static final LimitSet FREE = limitsOf(DefaultTiers.FREE);
    private static final LocalCalendar UTC = new LocalCalendar(ZoneId.of("UTC"));

    private QuotaCounters counters;
    private Instant now;

    /** A fresh, empty store whose clock reads {@code start} until {@link #advanceClock} moves it. */
    protected abstract QuotaCounters newCounters(Instant start);

    /** Moves the store's clock by {@code duration}, which may be negative (a clock that steps back). */
    protected abstract void advanceClock(Duration duration);

    @BeforeEach
    void freshStore() {
        startAt(NOON);
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
                    return decide(organization, FREE, UTC, 1);
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
            decide(organization, FREE, UTC, 1);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(decide(organization, FREE, UTC, 1)).isInstanceOf(Decision.Denied.class);
        }
        assertThat(counters.usedToday(organization, UTC)).isEqualTo(5);
    }

    @Test
    void organizationsDoNotShareCounters() {
        for (int i = 0; i < 5; i++) {
            decide(new OrganizationId("busy"), FREE, UTC, 1);
        }
        Decision other = decide(new OrganizationId("quiet"), FREE, UTC, 1);
        assertThat(other).isInstanceOf(Decision.Admitted.class);
        assertThat(limit(other, LimitName.MINUTE).remaining()).isEqualTo(4L);
    }

    @Test
    void theRollingMinuteFreesRoomExactlyWhenItsOldestCallLeaves() {
        OrganizationId organization = new OrganizationId("window-org");
        for (int i = 0; i < 5; i++) {
            decide(organization, FREE, UTC, 1);
        }
        advance(Duration.ofMillis(59_999));
        assertThat(decide(organization, FREE, UTC, 1)).isInstanceOf(Decision.Denied.class);
        advance(Duration.ofMillis(1));
        assertThat(decide(organization, FREE, UTC, 5)).isInstanceOf(Decision.Admitted.class);
    }

    @Test
    void aDryRunConsumesNothing() {
        OrganizationId organization = new OrganizationId("dry-org");
        for (int i = 0; i < 8; i++) {
            assertThat(counters.decide(organization, FREE, UTC, 1, true, FailureMode.OPEN))
                    .isInstanceOf(Decision.Admitted.class);
        }
        assertThat(counters.usedToday(organization, UTC)).isZero();
    }

    @Test
    void remainingCountsDownToZeroNeverBelow() { // L2
        OrganizationId organization = new OrganizationId("l2-org");
        List<Decision> decisions = new ArrayList<>();
        for (int call = 0; call < 7; call++) {
            decisions.add(decide(organization, FREE, UTC, 1));
            advance(Duration.ofMillis(250));
        }
        assertThat(decisions).extracting(decision -> decision instanceof Decision.Admitted)
                .containsExactly(true, true, true, true, true, false, false);
        assertThat(decisions).extracting(decision -> limit(decision, LimitName.MINUTE).remaining())
                .containsExactly(4L, 3L, 2L, 1L, 0L, 0L, 0L);
        assertThat(((Decision.Denied) decisions.get(5)).violated()).containsExactly(LimitName.MINUTE);
        assertThat(((Decision.Denied) decisions.get(6)).violated()).containsExactly(LimitName.MINUTE);
    }

    @Test
    void retryAfterIsRoundedUpAndHonest() { // L3
        OrganizationId organization = new OrganizationId("l3-org");
        LimitSet starter = limitsOf(DefaultTiers.STARTER);
        for (int call = 0; call < 20; call++) {
            assertThat(decide(organization, starter, UTC, 1)).isInstanceOf(Decision.Admitted.class);
            advance(Duration.ofMillis(200));
        }
        at(NOON.plusMillis(57_400)); // the first call leaves the rolling minute in 2.6 s
        Decision.Denied denied = (Decision.Denied) decide(organization, starter, UTC, 1);
        assertThat(denied.retryAfterSeconds()).isEqualTo(OptionalLong.of(3));
        assertThat(denied.violated()).containsExactly(LimitName.MINUTE);
        assertThat(denied.retryAfterSeconds().getAsLong())
                .isGreaterThanOrEqualTo(limit(denied, LimitName.MINUTE).resetSeconds());
        advance(Duration.ofSeconds(3));
        assertThat(decide(organization, starter, UTC, 1)).isInstanceOf(Decision.Admitted.class);
    }

    @Test
    void deniedCallsUseNoQuotaAndAnUpgradeHelpsAtOnce() { // L4
        OrganizationId organization = new OrganizationId("l4-org");
        int admitted = 0;
        for (int call = 0; call < 50; call++) {
            at(NOON.plusMillis(call * 600L));
            admitted += decide(organization, limitsOf(DefaultTiers.STARTER), UTC, 1) instanceof Decision.Admitted ? 1 : 0;
        }
        assertThat(admitted).isEqualTo(20);
        at(NOON.plusMillis(30_000));
        Decision next = decide(organization, limitsOf(DefaultTiers.PROFESSIONAL), UTC, 1);
        assertThat(next).isInstanceOf(Decision.Admitted.class);
        assertThat(limit(next, LimitName.MINUTE).remaining()).isEqualTo(29);
        assertThat(counters.usedToday(organization, UTC)).isEqualTo(21);
    }

    @Test
    void aDowngradeClampsRemaining() { // L5
        OrganizationId organization = new OrganizationId("l5-org");
        for (int call = 0; call < 10; call++) {
            decide(organization, limitsOf(DefaultTiers.SCALE), UTC, 1);
            advance(Duration.ofSeconds(1));
        }
        advance(Duration.ofMinutes(2));
        Decision next = decide(organization, FREE, UTC, 1);
        assertThat(limit(next, LimitName.DAILY).limit()).isEqualTo(100);
        assertThat(limit(next, LimitName.DAILY).remaining()).isEqualTo(89);
        decide(organization, limitsOf(DefaultTiers.SCALE), UTC, 40);
        Decision overTheNewLimit = decide(organization, LimitSet.of(30L, 5L, 5L), UTC, 1);
        assertThat(overTheNewLimit).isInstanceOf(Decision.Denied.class);
        assertThat(limit(overTheNewLimit, LimitName.DAILY).remaining()).isZero();
        assertThat(limit(overTheNewLimit, LimitName.MINUTE).remaining()).isZero();
    }

    @Test
    void longIdleIsNoOverflow() { // L6
        OrganizationId organization = new OrganizationId("l6-org");
        LimitSet enterprise = limitsOf(DefaultTiers.ENTERPRISE);
        decide(organization, enterprise, UTC, 1);
        advance(Duration.ofDays(30));
        Decision next = decide(organization, enterprise, UTC, 1);
        assertThat(next).isInstanceOf(Decision.Admitted.class);
        assertThat(next.limits()).extracting(LimitState::name).containsExactly(LimitName.BURST);
        assertThat(limit(next, LimitName.BURST).remaining()).isEqualTo(99);
    }

    @Test
    void noDoubleAllowanceAtAWindowEdge() { // L8
        OrganizationId organization = new OrganizationId("l8-org");
        List<Boolean> admitted = new ArrayList<>();
        at(Instant.parse("2025-06-02T12:00:59.900Z"));
        for (int call = 0; call < 5; call++) {
            admitted.add(decide(organization, FREE, UTC, 1) instanceof Decision.Admitted);
        }
        at(Instant.parse("2025-06-02T12:01:00.100Z"));
        for (int call = 0; call < 5; call++) {
            admitted.add(decide(organization, FREE, UTC, 1) instanceof Decision.Admitted);
        }
        assertThat(admitted).containsExactly(true, true, true, true, true, false, false, false, false, false);
    }

    @Test
    void theDayEndsAtTheOrganizationsMidnight() { // L9
        OrganizationId organization = new OrganizationId("l9-org");
        LocalCalendar shanghai = new LocalCalendar(ZoneId.of("Asia/Shanghai"));
        for (int call = 0; call < 100; call++) {
            assertThat(decide(organization, FREE, shanghai, 1)).isInstanceOf(Decision.Admitted.class);
            advance(Duration.ofSeconds(12));
        }
        at(Instant.parse("2025-06-02T15:30:00Z")); // 23:30 in Shanghai
        Decision exhausted = decide(organization, FREE, shanghai, 1);
        assertThat(limit(exhausted, LimitName.DAILY).resetSeconds()).isEqualTo(1_800);
        assertThat(((Decision.Denied) exhausted).retryAfterSeconds()).isEqualTo(OptionalLong.of(1_800));
        at(Instant.parse("2025-06-02T16:05:00Z")); // 00:05 the next day in Shanghai
        Decision nextDay = decide(organization, FREE, shanghai, 1);
        assertThat(nextDay).isInstanceOf(Decision.Admitted.class);
        assertThat(limit(nextDay, LimitName.DAILY).remaining()).isEqualTo(99);
        assertThat(counters.usedToday(organization, shanghai)).isEqualTo(1);
    }

    @ParameterizedTest(name = "the day starting at {0} lasts {1} hours")
    @CsvSource({"2025-11-02T04:00:00Z, 25", "2025-03-09T05:00:00Z, 23"})
    void daylightSavingDaysLast23Or25HoursFromLocalMidnightToLocalMidnight(Instant midnight, int hours) { // L10
        startAt(midnight);
        OrganizationId organization = new OrganizationId("l10-org");
        LocalCalendar newYork = new LocalCalendar(ZoneId.of("America/New_York"));
        LimitSet twoADay = LimitSet.of(2L, null, null);
        assertThat(limit(decide(organization, twoADay, newYork, 2), LimitName.DAILY).resetSeconds())
                .isEqualTo(hours * 3_600L);
        Instant nextMidnight = midnight.plus(Duration.ofHours(hours));
        at(nextMidnight.minus(Duration.ofHours(1))); // 23:00 local
        assertThat(limit(decide(organization, twoADay, newYork, 1), LimitName.DAILY).resetSeconds())
                .isEqualTo(3_600);
        at(nextMidnight.minusMillis(1));
        assertThat(decide(organization, twoADay, newYork, 1)).isInstanceOf(Decision.Denied.class);
        at(nextMidnight);
        assertThat(limit(decide(organization, twoADay, newYork, 1), LimitName.DAILY).remaining()).isEqualTo(1);
    }

    @Test
    void aCostLargerThanALimitIsNeverAdmittedAndGetsNoRetryTime() {
        OrganizationId organization = new OrganizationId("costly-org");
        Decision.Denied denied = (Decision.Denied) decide(organization, FREE, UTC, 6);
        assertThat(denied.reason()).isEqualTo(DenialReason.COST_EXCEEDS_LIMIT);
        assertThat(denied.violated()).containsExactlyInAnyOrder(LimitName.MINUTE, LimitName.BURST);
        assertThat(denied.retryAfterSeconds()).isEmpty();
        assertThat(counters.usedToday(organization, UTC)).isZero();
    }

    @Test
    void aClockThatStepsBackNeitherFreesNorBurnsQuota() {
        OrganizationId organization = new OrganizationId("stepping-org");
        for (int call = 0; call < 5; call++) {
            decide(organization, FREE, UTC, 1);
        }
        at(NOON.minus(Duration.ofMinutes(10)));
        assertThat(decide(organization, FREE, UTC, 1)).isInstanceOf(Decision.Denied.class);
        at(NOON.plusSeconds(60));
        Decision afterTheWindow = decide(organization, FREE, UTC, 1);
        assertThat(afterTheWindow).isInstanceOf(Decision.Admitted.class);
        assertThat(limit(afterTheWindow, LimitName.MINUTE).remaining()).isEqualTo(4);
    }

    /** The store under test, for an implementation's own tests. */
    protected final QuotaCounters counters() {
        return counters;
    }

    private void startAt(Instant start) {
        counters = newCounters(start);
        now = start;
    }

    private void advance(Duration duration) {
        at(now.plus(duration));
    }

    private void at(Instant instant) {
        advanceClock(Duration.between(now, instant));
        now = instant;
    }

    private Decision decide(OrganizationId organization, LimitSet limits, LocalCalendar calendar, long cost) {
        return counters.decide(organization, limits, calendar, cost, false, FailureMode.OPEN);
    }

    protected static LimitState limit(Decision decision, LimitName name) {
        return decision.limits().stream().filter(state -> state.name() == name).findFirst().orElseThrow();
    }

    private static LimitSet limitsOf(TierName tier) {
        return DefaultTiers.named(tier).limits();
    }
}
