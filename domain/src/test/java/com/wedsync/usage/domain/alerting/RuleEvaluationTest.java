package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.alerting.RuleEvaluation.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleEvaluationTest {

    private static final Instant T = Instant.parse("2025-06-02T10:00:00Z");
    /** Error rate above 5% for two minutes fires; it clears at 3% or below. */
    private static final BreachCondition ERRORS = new BreachCondition(Comparator.GREATER_THAN, 0.05, 0.03,
            Duration.ofMinutes(2));

    @Test
    void aBreachStartsPendingAndFiresOnceItHasLastedItsForDuration() {
        RuleEvaluation first = RuleEvaluation.next(RuleState.inactive(), Reading.of(0.10), T, ERRORS);
        assertThat(first).isEqualTo(new RuleEvaluation(new RuleState.Pending(T), Outcome.UNCHANGED));
        RuleEvaluation second = RuleEvaluation.next(first.state(), Reading.of(0.10), T.plusSeconds(60), ERRORS);
        assertThat(second).isEqualTo(new RuleEvaluation(new RuleState.Pending(T), Outcome.UNCHANGED));
        RuleEvaluation third = RuleEvaluation.next(second.state(), Reading.of(0.10), T.plusSeconds(120), ERRORS);
        assertThat(third).isEqualTo(new RuleEvaluation(new RuleState.Firing(T.plusSeconds(120)), Outcome.FIRED));
    }

    @Test
    void aRuleWithoutForDurationFiresOnTheFirstBreach() {
        BreachCondition at = BreachCondition.of(Comparator.GREATER_OR_EQUAL, 100, Duration.ZERO);
        assertThat(RuleEvaluation.next(RuleState.inactive(), Reading.of(100), T, at))
                .isEqualTo(new RuleEvaluation(new RuleState.Firing(T), Outcome.FIRED));
    }

    @Test
    void aPendingRuleWhoseConditionStopsReturnsToInactiveWithoutFiring() {
        RuleEvaluation stopped = RuleEvaluation.next(new RuleState.Pending(T), Reading.of(0.04), T.plusSeconds(60),
                ERRORS);
        assertThat(stopped).isEqualTo(new RuleEvaluation(RuleState.inactive(), Outcome.UNCHANGED));
    }

    @Test
    void aFiringRuleStaysFiringBetweenItsClearThresholdAndItsThreshold() {
        RuleState firing = new RuleState.Firing(T);
        assertThat(RuleEvaluation.next(firing, Reading.of(0.04), T.plusSeconds(60), ERRORS))
                .isEqualTo(new RuleEvaluation(firing, Outcome.UNCHANGED));
        assertThat(RuleEvaluation.next(firing, Reading.of(0.03), T.plusSeconds(120), ERRORS))
                .isEqualTo(new RuleEvaluation(RuleState.inactive(), Outcome.CLEARED));
    }

    @Test
    void anInactiveRuleBetweenItsThresholdsStaysInactive() {
        assertThat(RuleEvaluation.next(RuleState.inactive(), Reading.of(0.05), T, ERRORS))
                .isEqualTo(new RuleEvaluation(RuleState.inactive(), Outcome.UNCHANGED));
    }

    @Test
    void aFailedOrEmptyReadingKeepsTheLastState() {
        RuleState firing = new RuleState.Firing(T);
        RuleState pending = new RuleState.Pending(T);
        assertThat(RuleEvaluation.next(firing, Reading.failed("store unavailable"), T.plusSeconds(60), ERRORS))
                .isEqualTo(new RuleEvaluation(firing, Outcome.UNCHANGED));
        assertThat(RuleEvaluation.next(pending, Reading.failed("timeout"), T.plusSeconds(600), ERRORS))
                .isEqualTo(new RuleEvaluation(pending, Outcome.UNCHANGED));
        assertThat(RuleEvaluation.next(firing, Reading.noData(), T.plusSeconds(60), ERRORS))
                .isEqualTo(new RuleEvaluation(firing, Outcome.UNCHANGED));
    }

    @Test
    void aDownwardRuleFiresBelowItsThreshold() {
        BreachCondition quiet = new BreachCondition(Comparator.LESS_THAN, 10, 20, Duration.ZERO);
        RuleEvaluation fired = RuleEvaluation.next(RuleState.inactive(), Reading.of(5), T, quiet);
        assertThat(fired.outcome()).isEqualTo(Outcome.FIRED);
        assertThat(RuleEvaluation.next(fired.state(), Reading.of(15), T.plusSeconds(60), quiet).outcome())
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(RuleEvaluation.next(fired.state(), Reading.of(20), T.plusSeconds(120), quiet).outcome())
                .isEqualTo(Outcome.CLEARED);
    }

    @Test
    void aClearThresholdOnTheWrongSideIsRefused() {
        assertThatThrownBy(() -> new BreachCondition(Comparator.GREATER_THAN, 0.05, 0.06, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'clearThreshold' must not be above the threshold 0.05 for comparator >, was 0.06");
        assertThatThrownBy(() -> new BreachCondition(Comparator.LESS_THAN, 10, 5, Duration.ZERO))
                .hasMessage("'clearThreshold' must not be below the threshold 10.0 for comparator <, was 5.0");
        assertThatThrownBy(() -> BreachCondition.of(Comparator.LESS_THAN, 10, Duration.ofSeconds(-1)))
                .hasMessage("'for' must not be negative, was PT-1S");
    }
}
