package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.application.port.PageRequest;
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
import com.wedsync.usage.application.port.WebhookDelivery;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.incident.Triggered;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.ManagementToken;
import com.wedsync.usage.domain.tenancy.ManagementTokenId;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.adapters.persistence.sql.Numbers;
import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Role;
import com.wedsync.usage.domain.tenancy.SecretHash;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static com.wedsync.usage.application.port.AppendOutcome.STORED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link UsageStore} promises about erasure: every row of the erased organization is gone, in every
 * table and every month (its incidents with their steps, its alert rules, its silences and its webhook deliveries among them), and nothing of any
 * other organization, nor of the system, is touched.
 */
abstract class OrganizationErasureContract {

    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final OrganizationId GLOBEX = new OrganizationId("globex");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant JULY = Instant.parse("2024-07-20T10:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    protected UsageStore store;

    /** A new, empty store; the subclass releases whatever backs it after each test. */
    protected abstract UsageStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
        for (OrganizationId organization : List.of(ACME, GLOBEX)) {
            store.organizations().add(new Organization(organization, organization.value(), DefaultTiers.STARTER,
                    ZoneOffset.UTC, LimitOverrides.NONE, MARCH));
            store.apiKeys().add(new ApiKey(new ApiKeyId("key_" + organization.value()), organization, "main",
                    "wsk_ab…", SecretHash.of("wsk_" + organization.value()), MARCH, Optional.empty(), Optional.empty()));
            store.managementTokens().add(new ManagementToken(new ManagementTokenId("tok_" + organization.value()),
                    Role.OWNER, Optional.of(organization), "wst_ab…", SecretHash.of("wst_" + organization.value()),
                    MARCH, Optional.empty()));
            store.decisionTallies().record(organization, MONDAY, MARCH.plusSeconds(3 * 86_400), new Decision.Admitted(List.of(), 1, false));
            store.usageEventLog().append(List.of(call(organization, MARCH), call(organization, JULY)));
            Triggered incident = incident(organization.value(), Optional.of(organization));
            store.incidents().open(incident);
            store.incidents().transition(incident.acknowledge("alice", MARCH, Optional.of("on it")));
            store.alertRules().add(errorRule(organization));
            store.silences().add(Silence.ofOrganization(new SilenceId("sil_" + organization.value()), organization,
                    MARCH, JULY, Optional.empty(), "alice", MARCH));
            store.webhookDeliveries().enqueue(List.of(WebhookDelivery.pending("dlv_" + organization.value(),
                    "inc_" + organization.value() + ":triggered", Optional.of(organization),
                    URI.create("https://hooks.example/" + organization.value()), "{}",
                    SigningSecret.of(new byte[24]), MARCH)));
        }
        store.incidents().open(incident("system", Optional.empty()));
    }

    @Test
    void erasingAnOrganizationRemovesEveryRowOfItAndNothingElse() {
        store.eraseOrganization(ACME);

        assertThat(store.organizations().find(ACME)).isEmpty();
        assertThat(store.apiKeys().listFor(ACME)).isEmpty();
        assertThat(store.managementTokens().find(new ManagementTokenId("tok_acme"))).isEmpty();
        assertThat(store.decisionTallies().tally(ACME, MONDAY, MONDAY)).isEqualTo(DecisionTally.NONE);
        assertThat(calls(ACME)).isZero();
        assertThat(store.incidents().find(new IncidentId("inc_acme"))).isEmpty();
        assertThat(store.alertRules().all()).extracting(AlertRule::scope)
                .containsExactly(AlertScope.of(GLOBEX));
        assertThat(store.silences().find(new SilenceId("sil_acme"))).isEmpty();
        assertThat(store.webhookDeliveries().find("dlv_acme")).isEmpty();

        assertThat(store.organizations().list(PageRequest.first(10)).items()).hasSize(1);
        assertThat(store.apiKeys().listFor(GLOBEX)).hasSize(1);
        assertThat(store.managementTokens().find(new ManagementTokenId("tok_globex"))).isPresent();
        assertThat(store.decisionTallies().tally(GLOBEX, MONDAY, MONDAY).admitted()).isEqualTo(1);
        assertThat(calls(GLOBEX)).isEqualTo(2);
        assertThat(store.incidents().find(new IncidentId("inc_globex")).orElseThrow().history()).hasSize(2);
        assertThat(store.incidents().find(new IncidentId("inc_system"))).isPresent();
        assertThat(store.silences().find(new SilenceId("sil_globex"))).isPresent();
        assertThat(store.webhookDeliveries().find("dlv_globex")).isPresent();
    }

    @Test
    void anErasedOrganizationsEventIdsCanBeStoredAgain() {
        UsageEvent event = call(ACME, MARCH);
        store.usageEventLog().append(List.of(event));

        store.eraseOrganization(ACME);

        assertThat(store.usageEventLog().append(List.of(event))).containsExactly(STORED);
    }

    @Test
    void erasingTwiceOrErasingAnUnknownOrganizationIsHarmless() {
        store.eraseOrganization(ACME);
        store.eraseOrganization(ACME);
        store.eraseOrganization(new OrganizationId("ghost"));

        assertThat(calls(GLOBEX)).isEqualTo(2);
    }

    /** The organization's stored events, checked to be what its rollups count too. */
    private long calls(OrganizationId organization) {
        long stored = new Statements(((PooledStore) store).pool)
                .one("SELECT COUNT(*) AS calls FROM usage_event WHERE organization_id = ?", organization.value())
                .map(row -> Numbers.longOf(row, "calls")).orElse(0L);
        long rolledUp = store.usageRollups().quarterHours(UsageScope.of(organization), MARCH.minusSeconds(86_400),
                JULY.plusSeconds(86_400)).stream().mapToLong(bucket -> bucket.measures().calls()).sum();
        assertThat(rolledUp).as("calls of %s in its rollups", organization).isEqualTo(stored);
        return stored;
    }

    /** The incident {@code inc_<name>} of a rule in the organization's scope, or in the system's. */
    private static Triggered incident(String name, Optional<OrganizationId> organization) {
        IncidentFacts facts = IncidentFacts.forRule(new IncidentId("inc_" + name), new AlertRuleId("rule_x"),
                organization.map(AlertScope::of).orElse(AlertScope.system()), Severity.WARNING, "Denials",
                Optional.empty());
        return Incident.trigger(facts, IncidentStep.EVALUATOR, MARCH, Optional.empty());
    }

    private static AlertRule errorRule(OrganizationId organization) {
        return new AlertRule(new AlertRuleId("rule_" + organization.value()), AlertScope.of(organization), "Errors",
                AlertMetric.ERROR_RATE, Comparator.GREATER_THAN, 0.05, 0.05, Duration.ofMinutes(5), Duration.ZERO,
                Severity.WARNING, List.of(), SigningSecret.of(new byte[24]), true, RuleSource.API, MARCH, MARCH);
    }

    private static UsageEvent call(OrganizationId organization, Instant at) {
        return new UsageEvent(new EventId(UUID.randomUUID()), organization, Optional.empty(), new Endpoint("/v1/ping"),
                HttpMethod.GET, 200, OptionalInt.empty(), 0, 0, at);
    }
}
