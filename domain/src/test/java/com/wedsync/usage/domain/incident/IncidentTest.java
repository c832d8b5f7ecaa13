package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IncidentTest {

    private static final Instant NINE = Instant.parse("2025-03-01T09:00:00Z");
    private static final AlertScope ACME = AlertScope.of(new OrganizationId("acme"));
    private static final IncidentFacts FACTS = IncidentFacts.forRule(new IncidentId("inc_1"),
            new AlertRuleId("rule_errors"), ACME, Severity.CRITICAL, "Checkout errors above 5%", Optional.empty());

    private final Triggered triggered = Incident.trigger(FACTS, IncidentStep.EVALUATOR, NINE, Optional.empty());

    @Test
    void anIncidentIsTriggeredThenAcknowledgedThenResolvedWithEveryStepKept() {
        Acknowledged acknowledged = triggered.acknowledge("alice", NINE.plusSeconds(300), Optional.of("on it"));
        Resolved resolved = acknowledged.resolve("bob", NINE.plusSeconds(1800), Optional.of("rolled back"));

        assertThat(resolved.state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(resolved.history()).containsExactly(
                new IncidentStep(IncidentState.TRIGGERED, "evaluator", NINE, Optional.empty()),
                new IncidentStep(IncidentState.ACKNOWLEDGED, "alice", NINE.plusSeconds(300), Optional.of("on it")),
                new IncidentStep(IncidentState.RESOLVED, "bob", NINE.plusSeconds(1800), Optional.of("rolled back")));
        assertThat(resolved.facts()).isEqualTo(FACTS);
        assertThat(resolved.triggeredAt()).isEqualTo(NINE);
    }

    @Test
    void aTriggeredIncidentMayBeResolvedWithoutAnAcknowledgement() {
        Resolved resolved = triggered.resolve(IncidentStep.EVALUATOR, NINE.plusSeconds(60), Optional.empty());

        assertThat(resolved.acknowledged()).isEmpty();
        assertThat(resolved.history()).extracting(IncidentStep::kind)
                .containsExactly(IncidentState.TRIGGERED, IncidentState.RESOLVED);
        assertThat(resolved.state().isOpen()).isFalse();
        assertThat(triggered.state().isOpen()).isTrue();
    }

    @Test
    void onlyTheTransitionsOfTheLifeExist() {
        // What does not compile cannot be tested by a call: the types simply offer no such methods.
        assertThat(methodNames(Resolved.class)).doesNotContain("acknowledge", "resolve", "trigger");
        assertThat(methodNames(Acknowledged.class)).contains("resolve").doesNotContain("acknowledge");
        assertThat(methodNames(Triggered.class)).contains("acknowledge", "resolve");
    }

    @Test
    void aStepTakenOnANodeWhoseClockIsBehindIsDatedNoEarlierThanTheStepBefore() {
        Acknowledged acknowledged = triggered.acknowledge("alice", NINE.minusMillis(40), Optional.empty());

        assertThat(acknowledged.acknowledged().at()).isEqualTo(NINE);
    }

    @Test
    void anIncidentIsRebuiltFromItsStoredHistory() {
        Resolved resolved = triggered.acknowledge("alice", NINE, Optional.empty())
                .resolve("bob", NINE.plusSeconds(1), Optional.empty());

        assertThat(Incident.of(FACTS, resolved.history())).isEqualTo(resolved);
        assertThat(Incident.of(FACTS, triggered.history())).isEqualTo(triggered);
        Resolved quick = triggered.resolve("bob", NINE, Optional.empty());
        assertThat(Incident.of(FACTS, quick.history())).isEqualTo(quick);
    }

    @Test
    void aHistoryThatIsNoLifeOfAnIncidentIsRefused() {
        IncidentStep trigger = triggered.triggered();
        IncidentStep resolve = new IncidentStep(IncidentState.RESOLVED, "bob", NINE, Optional.empty());
        IncidentStep acknowledge = new IncidentStep(IncidentState.ACKNOWLEDGED, "alice", NINE, Optional.empty());

        assertThatIllegalArgumentException().isThrownBy(() -> Incident.of(FACTS, List.of()))
                .withMessage("'history' must hold 1 to 3 steps, held 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Incident.of(FACTS, List.of(resolve)))
                .withMessage("'triggered' must be a step of kind triggered, was resolved");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Incident.of(FACTS, List.of(trigger, resolve, acknowledge)))
                .withMessage("'acknowledged' must be a step of kind acknowledged, was resolved");
        assertThatIllegalArgumentException().isThrownBy(() -> Incident.of(FACTS, List.of(trigger, trigger)))
                .withMessage("'resolved' must be a step of kind resolved, was triggered");
    }

    @Test
    void aStepMustNotComeBeforeTheOneItFollows() {
        IncidentStep early = new IncidentStep(IncidentState.RESOLVED, "bob", NINE.minusSeconds(1), Optional.empty());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Resolved(FACTS, triggered.triggered(), Optional.empty(), early))
                .withMessage("'resolved' must not come before the step it follows (2025-03-01T09:00:00Z), "
                        + "was 2025-03-01T08:59:59Z");
    }

    private static List<String> methodNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).toList();
    }
}
