package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger against the brute-force {@link ReferenceLimiter} over random arrival times (bursts, pauses,
 * day changes, daylight-saving days, clock steps backwards), costs and limit changes between calls:
 * it never over-admits, never falsely denies, reports what is left exactly, and its retry time is the
 * first whole second at which the call would be admitted.
 */
class QuotaLedgerPropertyTest {

    record Step(long gapMillis, long cost, LimitSet limits) {
    }

    @Property(tries = 300)
    void agreesWithTheBruteForceModel(@ForAll("zones") String zoneName, @ForAll("starts") Instant start,
                                      @ForAll("steps") List<Step> steps) {
        ZoneId zone = ZoneId.of(zoneName);
        LocalCalendar calendar = new LocalCalendar(zone);
        QuotaLedger ledger = new QuotaLedger();
        ReferenceLimiter reference = new ReferenceLimiter(zone);
        long clock = start.toEpochMilli();
        for (Step step : steps) {
            clock += step.gapMillis();
            long now = reference.effectiveNow(clock);
            boolean expectedAdmit = reference.wouldAdmit(now, step.limits(), step.cost());
            Map<LimitName, Long> usedBefore = reference.used(now);
            Decision decision = ledger.decide(
                    new QuotaRequest(Instant.ofEpochMilli(clock), step.limits(), calendar, step.cost(), false));
            assertThat(decision instanceof Decision.Admitted).as("admitted at %s", now).isEqualTo(expectedAdmit);
            if (expectedAdmit) {
                reference.admit(now, step.cost());
            }
            checkRemaining(decision, step, usedBefore, expectedAdmit);
            if (decision instanceof Decision.Denied denied) {
                checkDenial(denied, reference, step, usedBefore, now);
            }
        }
    }

    private static void checkRemaining(Decision decision, Step step, Map<LimitName, Long> usedBefore,
                                       boolean admitted) {
        assertThat(decision.limits()).extracting(LimitState::name)
                .containsExactlyInAnyOrderElementsOf(step.limits().finite().keySet());
        for (LimitState state : decision.limits()) {
            long consumed = admitted ? step.cost() : 0;
            long expected = Math.max(0, state.limit() - usedBefore.get(state.name()) - consumed);
            assertThat(state.remaining()).as("%s remaining", state.name()).isEqualTo(expected);
        }
    }

    private static void checkDenial(Decision.Denied denied, ReferenceLimiter reference, Step step,
                                    Map<LimitName, Long> usedBefore, long now) {
        Set<LimitName> expectedViolated = EnumSet.noneOf(LimitName.class);
        step.limits().finite().forEach((name, limit) -> {
            if (usedBefore.get(name) + step.cost() > limit) {
                expectedViolated.add(name);
            }
        });
        assertThat(denied.violated()).isEqualTo(expectedViolated);
        long retry = denied.retryAfterSeconds().orElseThrow();
        assertThat(retry).isGreaterThanOrEqualTo(1);
        assertThat(reference.wouldAdmit(now + retry * 1_000, step.limits(), step.cost()))
                .as("a retry after %d s is admitted", retry).isTrue();
        if (retry > 1) {
            assertThat(reference.wouldAdmit(now + (retry - 1) * 1_000, step.limits(), step.cost()))
                    .as("a retry after %d s is still denied (the wait is not padded)", retry - 1).isFalse();
        }
        denied.mostRestrictive().ifPresent(limit -> assertThat(retry).isGreaterThanOrEqualTo(limit.resetSeconds()));
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("UTC", "America/New_York", "Europe/Budapest", "Asia/Shanghai", "Asia/Kolkata",
                "Australia/Lord_Howe", "Pacific/Chatham");
    }

    @Provide
    Arbitrary<Instant> starts() {
        return Arbitraries.of(Instant.parse("2025-03-09T04:58:00Z"), Instant.parse("2025-11-02T03:58:00Z"),
                Instant.parse("2025-03-30T00:58:00Z"), Instant.parse("2025-06-02T15:59:30Z"),
                Instant.parse("2024-12-31T23:59:50Z"));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Long> gaps = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(40, Arbitraries.longs().between(1, 400)),
                net.jqwik.api.Tuple.of(20, Arbitraries.longs().between(400, 20_000)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(20_000, 7_200_000)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(-5_000, -1)));
        Arbitrary<Long> costs = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(80, Arbitraries.just(1L)),
                net.jqwik.api.Tuple.of(20, Arbitraries.longs().between(2, 4)));
        // Limits are drawn per call: every call may come after a tier change or a new override.
        Arbitrary<LimitSet> limits = Combinators.combine(
                Arbitraries.longs().between(4, 40).injectNull(0.15),
                Arbitraries.longs().between(4, 12),
                Arbitraries.longs().between(4, 6)).as(LimitSet::of);
        return Combinators.combine(gaps, costs, limits).as(Step::new).list().ofMinSize(1).ofMaxSize(120);
    }
}
