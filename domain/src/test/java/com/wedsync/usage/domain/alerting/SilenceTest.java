package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SilenceTest {

    private static final Instant NINE = Instant.parse("2025-06-02T09:00:00Z");
    private static final Instant TEN = Instant.parse("2025-06-02T10:00:00Z");
    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final OrganizationId GLOBEX = new OrganizationId("globex");
    private static final SilenceId ID = new SilenceId("sil_a");

    @Test
    void aRuleSilenceMutesThatRuleFromItsStartUntilJustBeforeItsEnd() {
        AlertRule errors = rule("rule_errors", AlertScope.of(ACME));
        Silence silence = Silence.ofRule(ID, errors, NINE, TEN, Optional.empty(), "alice", NINE);

        assertThat(silence.organization()).contains(ACME);
        assertThat(silence.mutes(errors, NINE.minusNanos(1))).isFalse();
        assertThat(silence.mutes(errors, NINE)).isTrue();
        assertThat(silence.mutes(errors, TEN.minusNanos(1))).isTrue();
        assertThat(silence.mutes(errors, TEN)).isFalse();
        assertThat(silence.mutes(rule("rule_other", AlertScope.of(ACME)), NINE)).isFalse();
    }

    @Test
    void anOrganizationSilenceMutesEveryRuleOfItAndNoOtherOrganizationsOrTheSystems() {
        Silence silence = Silence.ofOrganization(ID, ACME, NINE, TEN, Optional.of("migration"), "alice", NINE);

        assertThat(silence.mutes(rule("rule_a", AlertScope.of(ACME)), NINE)).isTrue();
        assertThat(silence.mutes(rule("rule_b", AlertScope.of(GLOBEX)), NINE)).isFalse();
        assertThat(silence.mutes(rule("rule_c", AlertScope.system()), NINE)).isFalse();
    }

    @Test
    void endingMovesTheEndToNowWithinItsSpan() {
        Silence silence = Silence.ofOrganization(ID, ACME, NINE, TEN, Optional.empty(), "alice", NINE);

        assertThat(silence.endedAt(NINE.plusSeconds(60)).endsAt()).isEqualTo(NINE.plusSeconds(60));
        assertThat(silence.endedAt(NINE.minusSeconds(60)).endsAt()).isEqualTo(NINE);
        assertThat(silence.endedAt(TEN.plusSeconds(60)).endsAt()).isEqualTo(TEN);
        assertThat(silence.endedAt(NINE.plusSeconds(60)).isActiveAt(NINE.plusSeconds(60))).isFalse();
    }

    @Test
    void itsInvariantsAreCheckedWithMessagesThatNameTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Silence(ID, Optional.empty(), Optional.empty(),
                NINE, TEN, Optional.empty(), "alice", NINE)).withMessage("a silence needs 'ruleId' or 'organizationId'");
        assertThatIllegalArgumentException().isThrownBy(() -> Silence.ofOrganization(ID, ACME, TEN, NINE,
                Optional.empty(), "alice", NINE))
                .withMessage("'endsAt' must not be before 'startsAt' (2025-06-02T10:00:00Z), was 2025-06-02T09:00:00Z");
        assertThatIllegalArgumentException().isThrownBy(() -> Silence.ofOrganization(ID, ACME, NINE, TEN,
                Optional.of("x".repeat(1_001)), "alice", NINE)).withMessageStartingWith("'comment' must be at most 1000");
        assertThatIllegalArgumentException().isThrownBy(() -> new SilenceId("rule_x"))
                .withMessage("'silenceId' must be 'sil_' and 1 to 64 letters or digits, was \"rule_x\"");
        assertThat(Silence.ofOrganization(ID, ACME, NINE, TEN, Optional.of("  "), "alice", NINE).comment()).isEmpty();
    }

    static AlertRule rule(String id, AlertScope scope) {
        AlertMetric metric = scope instanceof AlertScope.System ? AlertMetric.HEALTH : AlertMetric.ERROR_RATE;
        return new AlertRule(new AlertRuleId(id), scope, "Rule", metric, Comparator.GREATER_THAN, 0.5, 0.5,
                Duration.ofMinutes(5), Duration.ZERO, Severity.WARNING, List.of(),
                SigningSecret.of(new byte[SigningSecret.MIN_BYTES]), true, RuleSource.API, NINE, NINE);
    }
}
