package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IncidentFactsTest {

    private static final IncidentId ID = new IncidentId("inc_7Hq2");
    private static final AlertRuleId RULE = new AlertRuleId("rule_denials");
    private static final AlertScope ACME = AlertScope.of(new OrganizationId("acme"));

    @Test
    void aRulesFingerprintIsItsIdAndScopeSoThatEveryBreachOfItIsTheSameIncident() {
        IncidentFacts first = IncidentFacts.forRule(ID, RULE, ACME, Severity.WARNING, "Denials", Optional.empty());
        IncidentFacts second = IncidentFacts.forRule(new IncidentId("inc_other"), RULE, ACME, Severity.CRITICAL,
                "Denials again", Optional.empty());

        assertThat(first.fingerprint().value()).isEqualTo("rule:rule_denials|organization:acme");
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(Fingerprint.forRule(RULE, AlertScope.system()).value()).isEqualTo("rule:rule_denials|system");
    }

    @Test
    void aManualIncidentHasAFingerprintOfItsOwn() {
        IncidentFacts manual = IncidentFacts.manual(ID, AlertScope.system(), Severity.INFO, "Maintenance",
                Optional.of("database upgrade"));

        assertThat(manual.fingerprint().value()).isEqualTo("manual:inc_7Hq2");
        assertThat(manual.ruleId()).isEmpty();
    }

    @Test
    void theFingerprintIsCheckedNeverChosen() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentFacts(ID, new Fingerprint("manual:inc_x"),
                        ACME, Optional.empty(), Severity.INFO, "t", Optional.empty()))
                .withMessage("'fingerprint' must be manual:inc_7Hq2 for this incident, was \"manual:inc_x\"");
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentFacts(ID, Fingerprint.manual(ID),
                        ACME, Optional.of(RULE), Severity.INFO, "t", Optional.empty()))
                .withMessageStartingWith("'fingerprint' must be rule:rule_denials|organization:acme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "tab\there", "line\nbreak"})
    void aTitleIsOneLineOfText(String title) {
        assertThatIllegalArgumentException().isThrownBy(() -> IncidentFacts.manual(ID, ACME, Severity.INFO, title,
                Optional.empty())).withMessageStartingWith("'title' must be 1 to 200 characters");
    }

    @Test
    void aTitleHasAtMost200CharactersAndDetailsAtMost4000() {
        assertThat(IncidentFacts.manual(ID, ACME, Severity.INFO, "t".repeat(200), Optional.of("d".repeat(4000)))
                .title()).hasSize(200);
        assertThatIllegalArgumentException().isThrownBy(() -> IncidentFacts.manual(ID, ACME, Severity.INFO,
                "t".repeat(201), Optional.empty())).withMessageStartingWith("'title' must be 1 to 200 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> IncidentFacts.manual(ID, ACME, Severity.INFO,
                "t", Optional.of("d".repeat(4001))))
                .withMessage("'details' must be at most 4000 characters, was 4001");
    }

    @Test
    void blankDetailsAreNoDetails() {
        assertThat(IncidentFacts.manual(ID, ACME, Severity.INFO, "t", Optional.of("  ")).details()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inc_", "inc-abc", "INC_abc", "key_abc", "inc_a b"})
    void anIncidentIdIsIncAndLettersOrDigits(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentId(id))
                .withMessageStartingWith("'incidentId' must be 'inc_' and 1 to 64 letters or digits");
    }
}
