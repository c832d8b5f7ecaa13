package com.wedsync.usage.application.incident;

import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.application.ConflictException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.metrics.Sample;
import com.wedsync.usage.application.port.IncidentOpening;
import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.incident.Acknowledged;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.incident.Resolved;
import com.wedsync.usage.domain.incident.Triggered;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a step comes to when another node moves the incident between the read and the write, and what the evaluator's
 * calls answer.
 */
class IncidentStepsTest {

    private static final Instant NINE = Instant.parse("2025-03-01T09:00:00Z");
    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final Principal ALICE = new Principal("alice", Role.OWNER, Optional.of(ACME));

    private final ScriptedIncidents incidents = new ScriptedIncidents();
    private final OperationalMetrics metrics = new OperationalMetrics();
    private final MutableClock clock = new MutableClock(NINE.plusSeconds(60));
    private final Triggered triggered = Incident.trigger(IncidentFacts.forRule(new IncidentId("inc_1"),
            new AlertRuleId("rule_errors"), AlertScope.of(ACME), Severity.CRITICAL, "Errors", Optional.empty()),
            IncidentStep.EVALUATOR, NINE, Optional.empty());
    private final Acknowledged acknowledgedByBob = triggered.acknowledge("bob", NINE.plusSeconds(30), Optional.empty());

    @Test
    void aResolutionReadFromTriggeredFollowsAnAcknowledgementMadeMeanwhile() {
        incidents.put(triggered);
        incidents.beforeNextTransition(() -> incidents.put(acknowledgedByBob));

        Resolved resolved = resolve();

        assertThat(resolved.acknowledged()).contains(acknowledgedByBob.acknowledged());
        assertThat(resolved.resolved().by()).isEqualTo("alice");
        assertThat(incidents.transitions).isEqualTo(2);
        assertThat(entered(IncidentState.RESOLVED)).isEqualTo(1);
    }

    @Test
    void anAcknowledgementMadeMeanwhileAnswersTheIncidentAsItIsWithoutASecondStep() {
        incidents.put(triggered);
        incidents.beforeNextTransition(() -> incidents.put(acknowledgedByBob));

        Incident answer = acknowledge();

        assertThat(answer).isEqualTo(acknowledgedByBob);
        assertThat(entered(IncidentState.ACKNOWLEDGED)).isZero();
    }

    @Test
    void anAcknowledgementOfAnIncidentResolvedMeanwhileIsAConflict() {
        incidents.put(triggered);
        Resolved byBob = triggered.resolve("bob", NINE.plusSeconds(30), Optional.empty());
        incidents.beforeNextTransition(() -> incidents.put(byBob));

        assertThatThrownBy(this::acknowledge).isInstanceOf(ConflictException.class)
                .hasMessage("incident inc_1 is resolved; a resolved incident cannot be acknowledged");
    }

    @Test
    void aResolutionOfAnIncidentResolvedMeanwhileAnswersItUnchanged() {
        Resolved byBob = triggered.resolve("bob", NINE.plusSeconds(30), Optional.of("done"));
        incidents.put(triggered);
        incidents.beforeNextTransition(() -> incidents.put(byBob));

        assertThat(resolve()).isEqualTo(byBob);
        assertThat(entered(IncidentState.RESOLVED)).isZero();
    }

    @Test
    void anIncidentErasedMeanwhileIsNotFound() {
        incidents.put(triggered);
        incidents.beforeNextTransition(() -> incidents.remove(triggered.id()));

        assertThatThrownBy(() -> new ResolveIncidentService(incidents, clock, metrics)
                .resolve(new ResolveIncidentCommand(ALICE, triggered.id(), Optional.empty())))
                .isInstanceOf(NotFoundException.class).hasMessage("no incident 'inc_1'");
    }

    @Test
    void theEvaluatorResolvesOnlyWhatIsStillOpenAndSaysWhetherItWasThisCall() {
        RuleIncidentsService evaluator = new RuleIncidentsService(incidents, sameIds(), metrics);
        incidents.put(triggered);
        Resolved byBob = triggered.resolve("bob", NINE.plusSeconds(30), Optional.empty());
        incidents.beforeNextTransition(() -> incidents.put(byBob));

        assertThat(evaluator.resolveByEvaluator(triggered.fingerprint(), NINE.plusSeconds(40)))
                .isEqualTo(new RuleResolution.NothingOpen());
        assertThat(evaluator.resolveByEvaluator(triggered.fingerprint(), NINE.plusSeconds(40)))
                .isEqualTo(new RuleResolution.NothingOpen());
    }

    @Test
    void theEvaluatorOpensARulesIncidentOnceAndResolvesItOnce() {
        RuleIncidentsService evaluator = new RuleIncidentsService(incidents, sameIds(), metrics);
        AlertRuleId rule = new AlertRuleId("rule_denials");

        IncidentOpening first = evaluator.openForRule(rule, AlertScope.of(ACME), Severity.WARNING, "Denials",
                Optional.empty(), NINE);
        IncidentOpening again = evaluator.openForRule(rule, AlertScope.of(ACME), Severity.WARNING, "Denials",
                Optional.empty(), NINE.plusSeconds(60));
        RuleResolution resolution = evaluator.resolveByEvaluator(first.incident().fingerprint(), NINE.plusSeconds(90));

        assertThat(first).isInstanceOf(IncidentOpening.Opened.class);
        assertThat(first.incident().id().value()).isEqualTo("inc_eeeeeeeeeeeeeeee");
        assertThat(again).isEqualTo(new IncidentOpening.AlreadyOpen(first.incident()));
        assertThat(resolution).isInstanceOfSatisfying(RuleResolution.ResolvedNow.class, now -> {
            assertThat(now.incident().resolved().by()).isEqualTo(IncidentStep.EVALUATOR);
            assertThat(now.incident().resolved().at()).isEqualTo(NINE.plusSeconds(90));
        });
        assertThat(entered(IncidentState.TRIGGERED)).isEqualTo(1);
        assertThat(entered(IncidentState.RESOLVED)).isEqualTo(1);
    }

    private Resolved resolve() {
        return new ResolveIncidentService(incidents, clock, metrics)
                .resolve(new ResolveIncidentCommand(ALICE, triggered.id(), Optional.empty()));
    }

    private Incident acknowledge() {
        return new AcknowledgeIncidentService(incidents, clock, metrics)
                .acknowledge(new AcknowledgeIncidentCommand(ALICE, triggered.id(), Optional.empty()));
    }

    private double entered(IncidentState state) {
        return metrics.registry().collect().stream()
                .filter(family -> family.name().equals("usage_monitor_incident_transitions_total"))
                .flatMap(family -> family.samples().stream())
                .filter(sample -> state.wireName().equals(sample.labels().get("state")))
                .mapToDouble(Sample::value).sum();
    }

    /** Ids of one repeated letter: the tests look incidents up by the id they were given, not by a drawn one. */
    private static SecretSource sameIds() {
        return new SecretSource() {
            @Override
            public String base62(int length) {
                return "e".repeat(length);
            }

            @Override
            public byte[] bytes(int count) {
                return new byte[count];
            }
        };
    }
}
