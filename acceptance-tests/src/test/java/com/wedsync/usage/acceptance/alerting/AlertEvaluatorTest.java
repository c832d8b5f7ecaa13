package com.wedsync.usage.acceptance.alerting;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.application.alerting.AlertEvaluator;
import com.wedsync.usage.application.alerting.MetricReader;
import com.wedsync.usage.application.alerting.RuleStatus;
import com.wedsync.usage.application.health.HealthState;
import com.wedsync.usage.application.incident.RuleIncidentsService;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.adapters.rest.boot.Wiring;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Reading;
import com.wedsync.usage.domain.alerting.RuleState;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluator on the embedded store: for durations, failures, restarts and the built-in rules. */
class AlertEvaluatorTest {

    private static final Instant T = Instant.parse("2025-06-02T10:01:00Z");

    private final EmbeddedDatabase store = EmbeddedDatabase.inMemory("alerting_" + System.nanoTime());
    private final RecordingNotifier notifier = new RecordingNotifier();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRuleWithAForDurationFiresOnlyOnceTheBreachHasLastedIt() {
        Traffic.organization(store, T.minusSeconds(3_600));
        AlertRule rule = withFor(Traffic.errorRateRule(T), Duration.ofMinutes(2));
        store.alertRules().add(rule);
        AlertEvaluator evaluator = EvaluatingNode.on(store, () -> T, notifier);
        Traffic.calls(store, T.minusSeconds(10), 100, 20);

        evaluator.evaluate(T);
        evaluator.evaluate(T.plusSeconds(60));
        assertThat(evaluator.status(rule).map(RuleStatus::state)).contains(new RuleState.Pending(T));
        assertThat(notifier.notices()).isEmpty();

        evaluator.evaluate(T.plusSeconds(120));
        assertThat(evaluator.status(rule).map(RuleStatus::state)).contains(new RuleState.Firing(T.plusSeconds(120)));
        assertThat(notifier.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(IncidentNotice.Kind.TRIGGERED);
            assertThat(notice.incident().facts().title()).isEqualTo("Acme errors");
            assertThat(notice.incident().facts().details()).contains("error_rate 0.2000 > 0.0500 over PT5M"
                    + " (organization:acme)");
        });
    }

    @Test
    void aFailedReadKeepsTheStateShowsTheErrorAndResolvesNothing() {
        Traffic.organization(store, T.minusSeconds(3_600));
        AlertRule rule = Traffic.errorRateRule(T);
        store.alertRules().add(rule);
        AtomicBoolean databaseAway = new AtomicBoolean();
        AlertEvaluator evaluator = evaluatorReading(failingWhen(databaseAway, store.usageRollups()));
        Traffic.calls(store, T.minusSeconds(10), 100, 20);
        evaluator.evaluate(T);

        databaseAway.set(true);
        evaluator.evaluate(T.plusSeconds(60));

        RuleStatus status = evaluator.status(rule).orElseThrow();
        assertThat(status.state()).isEqualTo(new RuleState.Firing(T));
        assertThat(status.reading()).isInstanceOf(Reading.Failed.class);
        assertThat(status.error()).contains("the database is away");
        assertThat(openIncidents()).hasSize(1);
        assertThat(notifier.notices()).hasSize(1);
    }

    @Test
    void aNodeThatStartsAfterTheIncidentOpenedResolvesItWhenTheRuleClears() {
        Traffic.organization(store, T.minusSeconds(3_600));
        store.alertRules().add(Traffic.errorRateRule(T));
        Traffic.calls(store, T.minusSeconds(10), 100, 20);
        EvaluatingNode.on(store, () -> T, notifier).evaluate(T);

        AlertEvaluator restarted = EvaluatingNode.on(store, () -> T, notifier);
        Traffic.calls(store, T.plusSeconds(100), 10_000, 0);
        restarted.evaluate(T.plusSeconds(120));

        assertThat(notifier.notices()).extracting(IncidentNotice::kind)
                .containsExactly(IncidentNotice.Kind.TRIGGERED, IncidentNotice.Kind.RESOLVED);
        assertThat(openIncidents()).isEmpty();
    }

    @Test
    void aRuleDeletedWhileFiringResolvesItsIncidentOnce() {
        Traffic.organization(store, T.minusSeconds(3_600));
        AlertRule rule = Traffic.errorRateRule(T);
        store.alertRules().add(rule);
        AlertEvaluator evaluator = EvaluatingNode.on(store, () -> T, notifier);
        Traffic.calls(store, T.minusSeconds(10), 100, 20);
        evaluator.evaluate(T);

        store.alertRules().delete(rule.id());
        evaluator.evaluate(T.plusSeconds(60));
        evaluator.evaluate(T.plusSeconds(120));

        assertThat(openIncidents()).isEmpty();
        assertThat(notifier.notices()).extracting(IncidentNotice::kind)
                .containsExactly(IncidentNotice.Kind.TRIGGERED, IncidentNotice.Kind.RESOLVED);
    }

    @Test
    void theOpenIncidentOfARuleDeletedWhileNoNodeRanIsResolvedAtTheFirstEvaluation() {
        Traffic.organization(store, T.minusSeconds(3_600));
        AlertRule rule = Traffic.errorRateRule(T);
        store.alertRules().add(rule);
        Traffic.calls(store, T.minusSeconds(10), 100, 20);
        EvaluatingNode.on(store, () -> T, notifier).evaluate(T);
        store.alertRules().delete(rule.id());

        EvaluatingNode.on(store, () -> T, notifier).evaluate(T.plusSeconds(60));

        assertThat(openIncidents()).isEmpty();
        assertThat(notifier.notices()).extracting(IncidentNotice::kind).containsExactly(IncidentNotice.Kind.TRIGGERED);
    }

    @Test
    void anOrganizationWhoseCallsAreMostlyDeniedOpensABuiltInIncident() {
        Traffic.organization(store, T.minusSeconds(3_600));
        AlertEvaluator evaluator = EvaluatingNode.on(store, () -> T, notifier);
        for (int i = 0; i < 200; i++) {
            store.decisionTallies().record(Traffic.ACME, T.atOffset(ZoneOffset.UTC).toLocalDate(), T.minusSeconds(5),
                    new Decision.Denied(List.of(), Set.of(LimitName.MINUTE), DenialReason.LIMIT_EXCEEDED,
                            OptionalLong.of(1), false));
        }
        evaluator.evaluate(T);
        assertThat(openIncidents()).isEmpty();

        evaluator.evaluate(T.plusSeconds(300));
        assertThat(openIncidents()).singleElement().satisfies(incident -> {
            assertThat(incident.facts().ruleId()).contains(new AlertRuleId("rule_builtinDenials"));
            assertThat(incident.facts().scope()).isEqualTo(AlertScope.of(Traffic.ACME));
        });

        for (int i = 0; i < 300; i++) {
            store.decisionTallies().record(Traffic.ACME, T.atOffset(ZoneOffset.UTC).toLocalDate(),
                    T.plusSeconds(310), new Decision.Admitted(List.of(), 1, false));
        }
        evaluator.evaluate(T.plusSeconds(360));
        assertThat(openIncidents()).isEmpty();
    }

    @Test
    void aDegradedServiceOpensASystemIncidentAfterAMinuteAndResolvesItWhenHealthy() {
        AtomicReference<HealthState> health = new AtomicReference<>(HealthState.DEGRADED);
        AlertEvaluator evaluator = EvaluatingNode.on(store, () -> T, notifier, health::get);

        evaluator.evaluate(T);
        assertThat(openIncidents()).isEmpty();
        evaluator.evaluate(T.plusSeconds(60));
        assertThat(openIncidents()).singleElement().satisfies(incident -> {
            assertThat(incident.facts().scope()).isEqualTo(AlertScope.system());
            assertThat(incident.facts().ruleId()).contains(new AlertRuleId("rule_builtinHealth"));
        });

        health.set(HealthState.HEALTHY);
        evaluator.evaluate(T.plusSeconds(120));
        assertThat(openIncidents()).isEmpty();
    }

    private List<Incident> openIncidents() {
        return store.incidents().page(IncidentFilter.ALL, PageRequest.first(100)).items().stream()
                .filter(incident -> incident.state() != IncidentState.RESOLVED).toList();
    }

    private AlertEvaluator evaluatorReading(UsageRollups rollups) {
        TenantDirectory directory = new TenantDirectory(store.apiKeys(), store.organizations(), store.tiers(),
                () -> T, Duration.ZERO);
        MetricReader metrics = new MetricReader(rollups, store.decisionTallies(), directory,
                new InProcessQuotaCounters(() -> T), () -> HealthState.HEALTHY);
        return new AlertEvaluator(store.alertRules(), store.decisionTallies(), metrics,
                new RuleIncidentsService(store.incidents(), Wiring.secureRandomSecrets(), new OperationalMetrics()),
                store.incidents(), notifier);
    }

    /** The rollups, failing as a database that has gone away does while {@code away} is set. */
    private static UsageRollups failingWhen(AtomicBoolean away, UsageRollups real) {
        return (UsageRollups) Proxy.newProxyInstance(UsageRollups.class.getClassLoader(),
                new Class<?>[] {UsageRollups.class}, (proxy, method, arguments) -> {
                    if (away.get()) {
                        throw new IllegalStateException("the database is away");
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static AlertRule withFor(AlertRule rule, Duration forDuration) {
        return new AlertRule(rule.id(), rule.scope(), rule.name(), rule.metric(), rule.comparator(), rule.threshold(),
                rule.clearThreshold(), rule.window(), forDuration, rule.severity(), rule.channels(),
                rule.signingSecret(), rule.autoResolve(), rule.source(), rule.createdAt(), rule.updatedAt());
    }
}
