package com.wedsync.usage.domain.alerting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparatorTest {

    @Test
    void aValueOnTheThresholdBreachesOnlyAnInclusiveComparator() {
        assertThat(Comparator.GREATER_THAN.breaches(0.05, 0.05)).isFalse();
        assertThat(Comparator.GREATER_OR_EQUAL.breaches(0.05, 0.05)).isTrue();
        assertThat(Comparator.LESS_THAN.breaches(10, 10)).isFalse();
        assertThat(Comparator.LESS_OR_EQUAL.breaches(10, 10)).isTrue();
    }

    @Test
    void anUpwardRuleClearsOnlyOnceTheValueIsBackBelowItsClearThreshold() {
        // error rate > 5% fires; it clears at 3% or below, so 4% keeps it firing: no flapping around 5%.
        assertThat(Comparator.GREATER_THAN.cleared(0.04, 0.03)).isFalse();
        assertThat(Comparator.GREATER_THAN.cleared(0.03, 0.03)).isTrue();
        assertThat(Comparator.GREATER_OR_EQUAL.cleared(0.03, 0.03)).isFalse();
    }

    @Test
    void aDownwardRuleClearsOnlyOnceTheValueIsBackAboveItsClearThreshold() {
        assertThat(Comparator.LESS_THAN.cleared(15, 20)).isFalse();
        assertThat(Comparator.LESS_THAN.cleared(20, 20)).isTrue();
    }

    @Test
    void theClearThresholdMustLieOnTheSafeSide() {
        assertThat(Comparator.GREATER_THAN.isOnSafeSide(0.03, 0.05)).isTrue();
        assertThat(Comparator.GREATER_THAN.isOnSafeSide(0.05, 0.05)).isTrue();
        assertThat(Comparator.GREATER_THAN.isOnSafeSide(0.06, 0.05)).isFalse();
        assertThat(Comparator.LESS_OR_EQUAL.isOnSafeSide(25, 20)).isTrue();
        assertThat(Comparator.LESS_OR_EQUAL.isOnSafeSide(15, 20)).isFalse();
    }

    @Test
    void symbolsReadBack() {
        for (Comparator comparator : Comparator.values()) {
            assertThat(Comparator.fromSymbol(comparator.symbol())).contains(comparator);
        }
        assertThat(Comparator.fromSymbol("=>")).isEmpty();
    }
}
