package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A ledger's decisions are values: equal to (and printed like) the same decision built from plain lists and sets. */
class DecisionValueTest {

    private static final LimitSet LIMITS = LimitSet.of(100L, 5L, 3L);
    private static final LocalCalendar UTC = new LocalCalendar(ZoneOffset.UTC);
    private static final long NOON = Instant.parse("2025-06-02T12:00:00Z").toEpochMilli();

    @Test
    void aLedgersDenialEqualsTheSameDenialBuiltByHand() {
        QuotaLedger ledger = new QuotaLedger();
        for (int i = 0; i < 3; i++) {
            ledger.decide(NOON, LIMITS, UTC, 1, false);
        }
        Decision denied = ledger.decide(NOON + 200, LIMITS, UTC, 1, false);
        Decision byHand = new Decision.Denied(List.of(
                new LimitState(LimitName.DAILY, 100, 97, 43_200),
                new LimitState(LimitName.MINUTE, 5, 2, 60),
                new LimitState(LimitName.BURST, 3, 0, 1)), EnumSet.of(LimitName.BURST),
                DenialReason.LIMIT_EXCEEDED, OptionalLong.of(1), false);
        assertThat(denied).isEqualTo(byHand).hasSameHashCodeAs(byHand).hasToString(byHand.toString());
        assertThat(byHand).isEqualTo(denied);
        assertThat(denied.limits()).hasSize(3).containsExactlyElementsOf(byHand.limits());
    }

    @Test
    void anAdmissionListsOnlyTheFiniteLimitsAndCannotBeChanged() {
        Decision admitted = new QuotaLedger().decide(NOON, LimitSet.of(null, 5L, null), UTC, 2, false);
        assertThat(admitted).isEqualTo(new Decision.Admitted(
                List.of(new LimitState(LimitName.MINUTE, 5, 3, 60)), 2, false));
        assertThatThrownBy(() -> admitted.limits().add(admitted.limits().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> admitted.limits().get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void violatedLimitsAreAnImmutableCopy() {
        Set<LimitName> violated = EnumSet.of(LimitName.MINUTE, LimitName.DAILY);
        Decision.Denied denied = new Decision.Denied(List.of(), violated, DenialReason.LIMIT_EXCEEDED,
                OptionalLong.of(3), false);
        violated.clear();
        assertThat(denied.violated()).containsExactlyInAnyOrder(LimitName.DAILY, LimitName.MINUTE);
        assertThatThrownBy(() -> denied.violated().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
