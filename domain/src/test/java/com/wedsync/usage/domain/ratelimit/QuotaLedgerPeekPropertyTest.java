package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.LimitSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link QuotaLedger#peekDenial} against {@link QuotaLedger#decide}: whenever a peek answers, its denial equals the
 * decision made at the same time, and peeking changes nothing (a ledger that is peeked at decides exactly as one
 * that is not). Random arrival times, costs, limit changes and dry runs, as in {@link QuotaLedgerPropertyTest}.
 */
class QuotaLedgerPeekPropertyTest {

    record Step(long gapMillis, long cost, LimitSet limits, boolean dryRun) {
    }

    @Property(tries = 300)
    void aPeekedDenialIsTheDecisionAndPeekingChangesNothing(@ForAll("zones") String zoneName,
                                                            @ForAll("steps") List<Step> steps) {
        LocalCalendar calendar = new LocalCalendar(ZoneId.of(zoneName));
        QuotaLedger peeked = new QuotaLedger();
        QuotaLedger untouched = new QuotaLedger();
        long clock = Instant.parse("2025-03-30T00:59:30Z").toEpochMilli();
        long latest = Long.MIN_VALUE;
        for (Step step : steps) {
            clock += step.gapMillis();
            latest = Math.max(latest, clock);
            Decision peek = peeked.peekDenial(latest, step.limits(), calendar, step.cost());
            Decision decision = peeked.decide(clock, step.limits(), calendar, step.cost(), step.dryRun());
            Decision expected = untouched.decide(new QuotaRequest(Instant.ofEpochMilli(clock), step.limits(),
                    calendar, step.cost(), step.dryRun()));
            assertThat(decision).isEqualTo(expected);
            Statistics.label("peek answered").collect(peek != null);
            if (peek != null) {
                assertThat(peek).isInstanceOf(Decision.Denied.class).isEqualTo(decision);
                assertThat(peek.limits()).isEqualTo(List.copyOf(decision.limits()));
            }
        }
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("UTC", "Europe/London", "Australia/Lord_Howe");
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Long> gaps = Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.just(0L)),
                Tuple.of(40, Arbitraries.longs().between(1, 400)),
                Tuple.of(10, Arbitraries.longs().between(400, 70_000)),
                Tuple.of(5, Arbitraries.longs().between(70_000, 7_200_000)),
                Tuple.of(5, Arbitraries.longs().between(-5_000, -1)));
        Arbitrary<Long> costs = Arbitraries.frequencyOf(
                Tuple.of(80, Arbitraries.just(1L)),
                Tuple.of(20, Arbitraries.longs().between(2, 8)));
        Arbitrary<LimitSet> limits = Combinators.combine(
                Arbitraries.longs().between(4, 40).injectNull(0.15),
                Arbitraries.longs().between(4, 12).injectNull(0.1),
                Arbitraries.longs().between(4, 6).injectNull(0.1)).as(LimitSet::of);
        return Combinators.combine(gaps, costs, limits, Arbitraries.of(false, false, false, true)).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(150);
    }
}
