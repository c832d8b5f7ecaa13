package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static com.wedsync.usage.domain.ratelimit.LedgerScenario.limit;
import static org.assertj.core.api.Assertions.assertThat;

/** The CASES.md limit cases (L2–L6, L8–L10) as the domain decides them. */
class QuotaLedgerTest {

    private static final Instant NOON = Instant.parse("2025-06-02T12:00:00Z");

    @Test
    void remainingCountsDownToZeroNeverBelow() { // L2
        LedgerScenario free = new LedgerScenario(DefaultTiers.FREE, NOON);
        List<Boolean> admitted = new ArrayList<>();
        List<Long> minuteRemaining = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (int call = 0; call < 7; call++) {
            Decision decision = free.call();
            decisions.add(decision);
            admitted.add(decision instanceof Decision.Admitted);
            minuteRemaining.add(limit(decision, LimitName.MINUTE).remaining());
            free.advance(Duration.ofMillis(250));
        }
        assertThat(admitted).containsExactly(true, true, true, true, true, false, false);
        assertThat(minuteRemaining).containsExactly(4L, 3L, 2L, 1L, 0L, 0L, 0L);
        assertThat(((Decision.Denied) decisions.get(5)).violated()).containsExactly(LimitName.MINUTE);
        assertThat(((Decision.Denied) decisions.get(6)).violated()).containsExactly(LimitName.MINUTE);
    }

    @Test
    void retryAfterIsRoundedUpAndHonest() { // L3
        LedgerScenario starter = new LedgerScenario(DefaultTiers.STARTER, NOON);
        for (int call = 0; call < 20; call++) {
            assertThat(starter.call()).isInstanceOf(Decision.Admitted.class);
            starter.advance(Duration.ofMillis(200));
        }
        // The first call was at 12:00:00.000; it leaves the rolling minute at 12:01:00.000, 2.6 s from now.
        starter.at(NOON.plusMillis(57_400));
        Decision.Denied denied = (Decision.Denied) starter.call();
        assertThat(denied.retryAfterSeconds()).isEqualTo(OptionalLong.of(3));
        assertThat(denied.violated()).containsExactly(LimitName.MINUTE);
        assertThat(denied.retryAfterSeconds().getAsLong())
                .isGreaterThanOrEqualTo(limit(denied, LimitName.MINUTE).resetSeconds());
        starter.advance(Duration.ofSeconds(3));
        assertThat(starter.call()).isInstanceOf(Decision.Admitted.class);
    }

    @Test
    void deniedCallsUseNoQuotaAndAnUpgradeHelpsAtOnce() { // L4
        LedgerScenario starter = new LedgerScenario(DefaultTiers.STARTER, NOON);
        int admitted = 0;
        for (int call = 0; call < 50; call++) {
            starter.at(NOON.plusMillis(call * 600L));
            if (starter.call() instanceof Decision.Admitted) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(20);
        starter.changeTier(DefaultTiers.PROFESSIONAL);
        starter.at(NOON.plusMillis(30_000));
        Decision next = starter.call();
        assertThat(next).isInstanceOf(Decision.Admitted.class);
        assertThat(limit(next, LimitName.MINUTE).remaining()).isEqualTo(29);
        assertThat(starter.usedToday()).isEqualTo(21);
    }

    @Test
    void aDowngradeClampsRemaining() { // L5
        LedgerScenario scale = new LedgerScenario(DefaultTiers.SCALE, NOON);
        for (int call = 0; call < 10; call++) {
            scale.call();
            scale.advance(Duration.ofSeconds(1));
        }
        scale.changeTier(DefaultTiers.FREE);
        scale.advance(Duration.ofMinutes(2));
        Decision next = scale.call();
        assertThat(limit(next, LimitName.DAILY).limit()).isEqualTo(100);
        assertThat(limit(next, LimitName.DAILY).remaining()).isEqualTo(89);
        next.limits().forEach(state -> assertThat(state.remaining()).isBetween(0L, state.limit()));
    }

    @Test
    void downgradeBelowWhatIsUsedReportsZeroNotNegative() {
        LedgerScenario scale = new LedgerScenario(DefaultTiers.SCALE, NOON);
        for (int call = 0; call < 30; call++) {
            scale.call();
            scale.advance(Duration.ofMillis(100));
        }
        scale.changeTier(DefaultTiers.FREE);
        Decision next = scale.call();
        assertThat(next).isInstanceOf(Decision.Denied.class);
        assertThat(limit(next, LimitName.MINUTE).remaining()).isZero();
    }

    @Test
    void longIdleIsNoOverflow() { // L6
        LedgerScenario enterprise = new LedgerScenario(DefaultTiers.ENTERPRISE, NOON);
        enterprise.call();
        enterprise.advance(Duration.ofDays(30));
        Decision next = enterprise.call();
        assertThat(next).isInstanceOf(Decision.Admitted.class);
        assertThat(next.limits()).extracting(LimitState::name).containsExactly(LimitName.BURST);
        assertThat(limit(next, LimitName.BURST).remaining()).isEqualTo(99);
    }

    @Test
    void noDoubleAllowanceAtAWindowEdge() { // L8
        LedgerScenario free = new LedgerScenario(DefaultTiers.FREE, Instant.parse("2025-06-02T12:00:59.900Z"));
        List<Boolean> admitted = new ArrayList<>();
        for (int call = 0; call < 5; call++) {
            admitted.add(free.call() instanceof Decision.Admitted);
        }
        free.at(Instant.parse("2025-06-02T12:01:00.100Z"));
        for (int call = 0; call < 5; call++) {
            admitted.add(free.call() instanceof Decision.Admitted);
        }
        assertThat(admitted).containsExactly(true, true, true, true, true, false, false, false, false, false);
    }

    @Test
    void theDayEndsAtTheOrganizationsMidnight() { // L9
        LedgerScenario shanghai = new LedgerScenario(DefaultTiers.FREE, Instant.parse("2025-06-02T08:00:00Z"))
                .inZone("Asia/Shanghai");
        for (int call = 0; call < 100; call++) {
            assertThat(shanghai.call()).isInstanceOf(Decision.Admitted.class);
            shanghai.advance(Duration.ofMinutes(4));
        }
        shanghai.at(Instant.parse("2025-06-02T15:30:00Z")); // 23:30 in Shanghai
        Decision exhausted = shanghai.call();
        assertThat(exhausted).isInstanceOf(Decision.Denied.class);
        assertThat(limit(exhausted, LimitName.DAILY).resetSeconds()).isEqualTo(1_800);
        assertThat(((Decision.Denied) exhausted).retryAfterSeconds()).isEqualTo(OptionalLong.of(1_800));
        shanghai.at(Instant.parse("2025-06-02T16:05:00Z")); // 00:05 the next day in Shanghai
        Decision nextDay = shanghai.call();
        assertThat(nextDay).isInstanceOf(Decision.Admitted.class);
        assertThat(limit(nextDay, LimitName.DAILY).remaining()).isEqualTo(99);
    }

    @Test
    void daylightSavingDaysLast23And25Hours() { // L10
        assertThat(resetSecondsAt("2025-11-02T23:00:00-05:00")).isEqualTo(3_600); // 25-hour day, EST evening
        assertThat(resetSecondsAt("2025-03-09T23:00:00-04:00")).isEqualTo(3_600); // 23-hour day, EDT evening
        assertThat(resetSecondsAt("2025-11-02T00:00:00-04:00")).isEqualTo(25 * 3_600);
        assertThat(resetSecondsAt("2025-03-09T00:00:00-05:00")).isEqualTo(23 * 3_600);
    }

    @Test
    void theDailyQuotaCoversExactlyLocalMidnightToLocalMidnight() { // L10
        LedgerScenario newYork = new LedgerScenario(DefaultTiers.FREE, Instant.parse("2025-11-02T04:00:00Z"))
                .inZone("America/New_York"); // 00:00 EDT, start of the 25-hour day
        for (int call = 0; call < 100; call++) {
            assertThat(newYork.call()).isInstanceOf(Decision.Admitted.class);
            newYork.advance(Duration.ofMinutes(15));
        }
        newYork.at(Instant.parse("2025-11-03T04:59:59.999Z")); // 23:59:59.999 EST, still the same local day
        assertThat(newYork.call()).isInstanceOf(Decision.Denied.class);
        newYork.at(Instant.parse("2025-11-03T05:00:00Z")); // local midnight
        assertThat(limit(newYork.call(), LimitName.DAILY).remaining()).isEqualTo(99);
    }

    @Test
    void aCostLargerThanALimitIsNeverAdmittedAndGetsNoRetryTime() {
        LedgerScenario free = new LedgerScenario(DefaultTiers.FREE, NOON);
        Decision.Denied denied = (Decision.Denied) free.call(6);
        assertThat(denied.reason()).isEqualTo(DenialReason.COST_EXCEEDS_LIMIT);
        assertThat(denied.violated()).containsExactlyInAnyOrder(LimitName.MINUTE, LimitName.BURST);
        assertThat(denied.retryAfterSeconds()).isEmpty();
        assertThat(free.usedToday()).isZero();
    }

    @Test
    void aCallIsAdmittedOnlyIfEveryLimitHasRoomForItsWholeCost() {
        LedgerScenario free = new LedgerScenario(DefaultTiers.FREE, NOON);
        assertThat(free.call(3)).isInstanceOf(Decision.Admitted.class);
        Decision denied = free.call(3);
        assertThat(denied).isInstanceOf(Decision.Denied.class);
        assertThat(free.usedToday()).isEqualTo(3);
        assertThat(free.call(2)).isInstanceOf(Decision.Admitted.class);
        assertThat(free.usedToday()).isEqualTo(5);
    }

    @Test
    void aDryRunConsumesNothing() {
        LedgerScenario free = new LedgerScenario(DefaultTiers.FREE, NOON);
        for (int call = 0; call < 10; call++) {
            assertThat(free.peek()).isInstanceOf(Decision.Admitted.class);
        }
        assertThat(free.usedToday()).isZero();
    }

    @Test
    void aClockThatStepsBackNeitherFreesNorBurnsQuota() {
        LedgerScenario free = new LedgerScenario(DefaultTiers.FREE, NOON);
        for (int call = 0; call < 5; call++) {
            free.call();
        }
        free.at(NOON.minus(Duration.ofMinutes(10)));
        assertThat(free.call()).isInstanceOf(Decision.Denied.class);
        free.at(NOON.plusSeconds(60));
        Decision afterTheWindow = free.call();
        assertThat(afterTheWindow).isInstanceOf(Decision.Admitted.class);
        assertThat(limit(afterTheWindow, LimitName.MINUTE).remaining()).isEqualTo(4);
    }

    @Test
    void anIdleLedgerIsOneWhoseDayIsOverAndWindowsAreEmpty() {
        QuotaLedger ledger = new QuotaLedger();
        LocalCalendar utc = new LocalCalendar(java.time.ZoneOffset.UTC);
        ledger.decide(new QuotaRequest(NOON, DefaultTiers.named(DefaultTiers.FREE).limits(), utc, 1, false));
        assertThat(ledger.isIdle(NOON.plusSeconds(61))).isFalse();
        assertThat(ledger.isIdle(Instant.parse("2025-06-03T00:00:00Z"))).isTrue();
    }

    private static long resetSecondsAt(String localTime) {
        Instant at = java.time.OffsetDateTime.parse(localTime).toInstant();
        LedgerScenario newYork = new LedgerScenario(DefaultTiers.FREE, at).inZone("America/New_York");
        return limit(newYork.call(), LimitName.DAILY).resetSeconds();
    }
}
