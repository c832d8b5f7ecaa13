package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.application.port.Silences;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.alerting.Silence;
import com.wedsync.usage.domain.alerting.SilenceId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store's {@link Silences} promises: a silence reads back equal; lists page by id, all, one
 * organization's, or only those active at an instant; a rule is silenced by a silence of its own or of its
 * organization, only from the start (included) to the end (excluded), and ending a silence unmutes it.
 */
abstract class SilencesContract {

    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final OrganizationId GLOBEX = new OrganizationId("globex");
    private static final Instant NINE = Instant.parse("2025-06-02T09:00:00.123456Z");
    private static final Instant TEN = Instant.parse("2025-06-02T10:00:00Z");

    private Silences silences;

    /** A new, empty store; the subclass releases whatever backs it after each test. */
    protected abstract UsageStore newStore();

    @BeforeEach
    void createStore() {
        silences = newStore().silences();
    }

    @Test
    void aSilenceReadsBackEqualToWhatWasWritten() {
        Silence ofRule = Silence.ofRule(new SilenceId("sil_a"), rule("rule_errors", AlertScope.of(ACME)), NINE, TEN,
                Optional.of("migration ≥ 1 h"), "alice", NINE);
        Silence ofSystemRule = Silence.ofRule(new SilenceId("sil_b"), rule("rule_health", AlertScope.system()), NINE,
                TEN, Optional.empty(), "admin", NINE);
        Silence ofOrganization = Silence.ofOrganization(new SilenceId("sil_c"), GLOBEX, NINE, TEN, Optional.empty(),
                "bob", NINE);

        List.of(ofRule, ofSystemRule, ofOrganization).forEach(silences::add);

        assertThat(silences.find(ofRule.id())).contains(ofRule);
        assertThat(silences.find(ofSystemRule.id())).contains(ofSystemRule);
        assertThat(silences.find(ofOrganization.id())).contains(ofOrganization);
        assertThat(silences.find(new SilenceId("sil_none"))).isEmpty();
    }

    @Test
    void aRuleIsSilencedByItsOwnSilenceOrItsOrganizationsOnlyWhileTheyLast() {
        AlertRule errors = rule("rule_errors", AlertScope.of(ACME));
        AlertRule latency = rule("rule_latency", AlertScope.of(ACME));
        AlertRule globex = rule("rule_globex", AlertScope.of(GLOBEX));
        AlertRule health = rule("rule_health", AlertScope.system());
        silences.add(Silence.ofRule(new SilenceId("sil_a"), errors, NINE, TEN, Optional.empty(), "alice", NINE));
        silences.add(Silence.ofOrganization(new SilenceId("sil_b"), GLOBEX, TEN, TEN.plusSeconds(60),
                Optional.empty(), "alice", NINE));

        assertThat(silences.isSilenced(errors, NINE.minusNanos(1_000))).isFalse();
        assertThat(silences.isSilenced(errors, NINE)).isTrue();
        assertThat(silences.isSilenced(errors, TEN.minusSeconds(1))).isTrue();
        assertThat(silences.isSilenced(errors, TEN)).isFalse();
        assertThat(silences.isSilenced(latency, NINE.plusSeconds(1))).isFalse();
        assertThat(silences.isSilenced(globex, TEN)).isTrue();
        assertThat(silences.isSilenced(globex, TEN.plusSeconds(60))).isFalse();
        assertThat(silences.isSilenced(health, TEN)).isFalse();
    }

    @Test
    void anEndedSilenceMutesNoMore() {
        AlertRule errors = rule("rule_errors", AlertScope.of(ACME));
        Silence silence = Silence.ofRule(new SilenceId("sil_a"), errors, NINE, TEN, Optional.empty(), "alice", NINE);
        silences.add(silence);
        Instant ended = NINE.plusSeconds(600);

        assertThat(silences.update(silence.endedAt(ended))).isTrue();

        assertThat(silences.find(silence.id()).orElseThrow().endsAt()).isEqualTo(ended);
        assertThat(silences.isSilenced(errors, ended)).isFalse();
        assertThat(silences.isSilenced(errors, ended.minusSeconds(1))).isTrue();
        assertThat(silences.update(Silence.ofOrganization(new SilenceId("sil_none"), ACME, NINE, TEN,
                Optional.empty(), "alice", NINE))).isFalse();
    }

    @Test
    void listsPageByIdAllOneOrganizationsOrTheActiveOnes() {
        for (int i = 0; i < 5; i++) {
            OrganizationId organization = i % 2 == 0 ? ACME : GLOBEX;
            Instant start = NINE.plusSeconds(3_600L * i);
            silences.add(Silence.ofOrganization(new SilenceId("sil_" + i), organization, start,
                    start.plusSeconds(3_600), Optional.empty(), "alice", NINE));
        }

        Page<Silence> first = silences.list(Optional.empty(), Optional.empty(), PageRequest.first(3));
        Page<Silence> second = silences.list(Optional.empty(), Optional.empty(),
                new PageRequest(3, first.nextCursor()));

        assertThat(first.items()).extracting(silence -> silence.id().value()).containsExactly("sil_0", "sil_1",
                "sil_2");
        assertThat(first.nextCursor()).contains("sil_2");
        assertThat(second.items()).extracting(silence -> silence.id().value()).containsExactly("sil_3", "sil_4");
        assertThat(second.nextCursor()).isEmpty();
        assertThat(silences.list(Optional.of(ACME), Optional.empty(), PageRequest.first(10)).items())
                .extracting(silence -> silence.id().value()).containsExactly("sil_0", "sil_2", "sil_4");
        assertThat(silences.list(Optional.empty(), Optional.of(NINE.plusSeconds(3_600)), PageRequest.first(10))
                .items()).extracting(silence -> silence.id().value()).containsExactly("sil_1");
        assertThat(silences.list(Optional.of(ACME), Optional.of(NINE.plusSeconds(3_600)), PageRequest.first(10))
                .items()).isEmpty();
    }

    private static AlertRule rule(String id, AlertScope scope) {
        AlertMetric metric = scope instanceof AlertScope.System ? AlertMetric.HEALTH : AlertMetric.ERROR_RATE;
        return new AlertRule(new AlertRuleId(id), scope, "Rule", metric, Comparator.GREATER_THAN, 0.5, 0.5,
                Duration.ofMinutes(5), Duration.ZERO, Severity.WARNING, List.of(),
                SigningSecret.of(new byte[SigningSecret.MIN_BYTES]), true, RuleSource.API, NINE, NINE);
    }
}
