package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.alerting.RuleEvaluation.Outcome;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Over any sequence of readings, a rule's steps against what its definition says in words. */
class RuleEvaluationPropertyTest {

    private static final Instant START = Instant.parse("2025-06-02T10:00:00Z");
    private static final Duration EVERY = Duration.ofSeconds(60);

    @Property(tries = 300)
    void aMetricThatFlapsFasterThanTheForDurationNeverFires(@ForAll("flapping") List<Boolean> breaching,
                                                            @ForAll @IntRange(min = 2, max = 5) int forMinutes) {
        BreachCondition condition = BreachCondition.of(Comparator.GREATER_THAN, 0.05,
                EVERY.multipliedBy(forMinutes));
        RuleState state = RuleState.inactive();
        // No run of breaching readings is as long as the for duration: forMinutes readings span forMinutes-1 minutes.
        List<Boolean> readings = cutRuns(breaching, forMinutes);
        for (int i = 0; i < readings.size(); i++) {
            RuleEvaluation step = RuleEvaluation.next(state, Reading.of(readings.get(i) ? 0.5 : 0.0),
                    START.plus(EVERY.multipliedBy(i)), condition);
            assertThat(step.outcome()).isEqualTo(Outcome.UNCHANGED);
            state = step.state();
        }
    }

    @Property(tries = 300)
    void firingAndClearingAlternateAndMatchTheReadings(@ForAll("readings") List<Double> values,
                                                       @ForAll @IntRange(min = 0, max = 3) int forMinutes) {
        BreachCondition condition = new BreachCondition(Comparator.GREATER_THAN, 0.5, 0.3,
                EVERY.multipliedBy(forMinutes));
        RuleState state = RuleState.inactive();
        int breachingRun = 0;
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            boolean wasFiring = state instanceof RuleState.Firing;
            RuleEvaluation step = RuleEvaluation.next(state, Reading.of(value), START.plus(EVERY.multipliedBy(i)),
                    condition);
            breachingRun = value > 0.5 ? breachingRun + 1 : 0;
            if (wasFiring) {
                assertThat(step.outcome()).isEqualTo(value <= 0.3 ? Outcome.CLEARED : Outcome.UNCHANGED);
            } else {
                // Fires exactly when the breach has gone on for forMinutes minutes: forMinutes + 1 readings.
                boolean shouldFire = breachingRun >= forMinutes + 1;
                assertThat(step.outcome()).isEqualTo(shouldFire ? Outcome.FIRED : Outcome.UNCHANGED);
                if (shouldFire) {
                    breachingRun = 0;
                }
            }
            if (step.outcome() == Outcome.CLEARED) {
                breachingRun = 0;
            }
            state = step.state();
        }
    }

    @Provide
    Arbitrary<List<Boolean>> flapping() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Double>> readings() {
        return Arbitraries.of(0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.9).list().ofMinSize(1).ofMaxSize(60);
    }

    /** The readings with every run of breaches cut to at most {@code forMinutes} readings by a quiet one. */
    private static List<Boolean> cutRuns(List<Boolean> breaching, int forMinutes) {
        List<Boolean> cut = new ArrayList<>();
        int run = 0;
        for (boolean breach : breaching) {
            if (breach && run == forMinutes) {
                cut.add(false);
                run = 0;
            }
            cut.add(breach);
            run = breach ? run + 1 : 0;
        }
        return cut;
    }
}
