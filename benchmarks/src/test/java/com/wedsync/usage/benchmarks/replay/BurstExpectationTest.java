package com.wedsync.usage.benchmarks.replay;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.TierName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BurstExpectationTest {

    @Test
    void aFreeBurstAdmitsFiveAndItsDenialsNameTheMinuteAndTheSecond() {
        BurstExpectation expected = BurstExpectation.of(plan(DefaultTiers.FREE), 1_000);

        assertThat(expected.admitted()).isEqualTo(5);
        assertThat(expected.denied()).isEqualTo(995);
        assertThat(expected.deniedBy(LimitName.MINUTE)).isEqualTo(995);
        assertThat(expected.deniedBy(LimitName.BURST)).isEqualTo(995);
        assertThat(expected.deniedBy(LimitName.DAILY)).isZero();
    }

    @Test
    void largerTiersAreHeldByTheirBurstLimitAlone() {
        assertThat(BurstExpectation.of(plan(DefaultTiers.STARTER), 50))
                .isEqualTo(new BurstExpectation(10, 40, Map.of(LimitName.DAILY, 0L, LimitName.MINUTE, 0L,
                        LimitName.BURST, 40L)));
        assertThat(BurstExpectation.of(plan(DefaultTiers.PROFESSIONAL), 30).admitted()).isEqualTo(20);
        assertThat(BurstExpectation.of(plan(DefaultTiers.SCALE), 60).deniedBy(LimitName.BURST)).isEqualTo(10);
        assertThat(BurstExpectation.of(plan(DefaultTiers.ENTERPRISE), 150))
                .isEqualTo(new BurstExpectation(100, 50, Map.of(LimitName.DAILY, 0L, LimitName.MINUTE, 0L,
                        LimitName.BURST, 50L)));
    }

    @Test
    void aBurstWithinEveryLimitIsAdmittedWhole() {
        assertThat(BurstExpectation.of(plan(DefaultTiers.FREE), 3))
                .isEqualTo(new BurstExpectation(3, 0, Map.of(LimitName.DAILY, 0L, LimitName.MINUTE, 0L,
                        LimitName.BURST, 0L)));
    }

    @Test
    void aBurstOfASecondOrMoreIsNotHeldToThePlanButFailsTheCheck() {
        BurstResult slow = new BurstResult(plan(DefaultTiers.FREE), "org", 10, 5,
                Map.of(LimitName.MINUTE, 5L, LimitName.BURST, 5L), 0, Instant.parse("2026-12-04T12:00:00Z"), 1_000);
        BurstResult wrong = new BurstResult(plan(DefaultTiers.STARTER), "org", 20, 11,
                Map.of(LimitName.BURST, 9L), 0, Instant.parse("2026-12-04T12:00:00Z"), 300);
        BurstResult right = new BurstResult(plan(DefaultTiers.STARTER), "org", 20, 10,
                Map.of(LimitName.BURST, 10L), 0, Instant.parse("2026-12-04T12:00:00Z"), 999);

        assertThat(BurstCheck.check(List.of(slow, wrong, right))).containsExactly(
                "org 007 (FREE): its burst of 10 calls took 1,000 ms, not under a second: timing decides its counts",
                "org 007 (STARTER): admitted 11, expected 10",
                "org 007 (STARTER): denied 9, expected 10",
                "org 007 (STARTER): denied by burst 9, expected 10");
    }

    @Test
    void aBurstAcrossMidnightIsNotHeldToThePlan() {
        BurstResult late = new BurstResult(plan(DefaultTiers.FREE), "org", 10, 5,
                Map.of(LimitName.MINUTE, 5L, LimitName.BURST, 5L), 0, Instant.parse("2026-12-04T23:59:59.800Z"), 300);

        assertThat(BurstCheck.check(List.of(late))).containsExactly("org 007 (FREE): its burst crossed midnight UTC");
    }

    private static OrganizationPlan plan(TierName tier) {
        return new OrganizationPlan(7, tier, List.of("10.0.0.1"), 1);
    }
}
