package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.alerting.WebhookChannel;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What every store's {@link AlertRules} promises: a rule reads back equal to what was written, whatever its scope
 * and channels; lists page in id order, all or one organization's; replacing an organization's usage thresholds
 * changes only those, atomically, one replacement at a time.
 */
abstract class AlertRulesContract {

    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final OrganizationId GLOBEX = new OrganizationId("globex");
    private static final Instant CREATED = Instant.parse("2025-06-02T10:00:00.123456Z");

    protected UsageStore store;
    private AlertRules rules;

    /** A new, empty store; the subclass releases whatever backs it after each test. */
    protected abstract UsageStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
        rules = store.alertRules();
        for (OrganizationId organization : List.of(ACME, GLOBEX)) {
            store.organizations().add(new Organization(organization, organization.value(), DefaultTiers.STARTER,
                    ZoneOffset.UTC, LimitOverrides.NONE, CREATED));
        }
    }

    @Test
    void aRuleReadsBackEqualToWhatWasWrittenWhateverItsScopeAndChannels() {
        AlertRule withChannels = new AlertRule(new AlertRuleId("rule_errors"), AlertScope.of(ACME), "Errors ≥ 5 %",
                AlertMetric.ERROR_RATE, Comparator.GREATER_THAN, 0.05, 0.03, Duration.ofMinutes(5),
                Duration.ofSeconds(90), Severity.CRITICAL, List.of(channel("https://hooks.example/a?x=1&y=2"),
                channel("http://10.0.0.7:8080/alerts")), secret(1), false, RuleSource.API, CREATED,
                CREATED.plusSeconds(60));
        AlertRule system = new AlertRule(new AlertRuleId("rule_health"), AlertScope.system(), "Health",
                AlertMetric.HEALTH, Comparator.GREATER_OR_EQUAL, 2, 1, Duration.ofHours(24), Duration.ZERO,
                Severity.INFO, List.of(), secret(2), true, RuleSource.API, CREATED, CREATED);
        AlertRule latency = rule("rule_latency", ACME, AlertMetric.P95_LATENCY_MS, 3_600_000,
                RuleSource.USAGE_ANALYTICS);

        List.of(withChannels, system, latency).forEach(rules::add);

        assertThat(rules.find(withChannels.id())).contains(withChannels);
        assertThat(rules.find(system.id())).contains(system);
        assertThat(rules.find(latency.id())).contains(latency);
        assertThat(rules.find(new AlertRuleId("rule_ghost"))).isEmpty();
    }

    @Test
    void updateReplacesTheRuleOfTheSameIdAndAnswersFalseForAnUnknownOne() {
        AlertRule rule = rule("rule_a", ACME, AlertMetric.ERROR_RATE, 0.1, RuleSource.API);
        rules.add(rule);
        AlertRule changed = new AlertRule(rule.id(), rule.scope(), "Renamed", AlertMetric.DENIED_RATE,
                Comparator.LESS_OR_EQUAL, 0.2, 0.4, Duration.ofMinutes(10), Duration.ofMinutes(1), Severity.INFO,
                List.of(channel("https://hooks.example/b")), rule.signingSecret(), false, RuleSource.API, CREATED,
                CREATED.plusSeconds(5));

        assertThat(rules.update(changed)).isTrue();
        assertThat(rules.update(rule("rule_ghost", ACME, AlertMetric.ERROR_RATE, 0.1, RuleSource.API))).isFalse();

        assertThat(rules.find(rule.id())).contains(changed);
        assertThat(rules.all()).containsExactly(changed);
    }

    @Test
    void deleteRemovesOnlyThatRule() {
        AlertRule kept = rule("rule_kept", ACME, AlertMetric.ERROR_RATE, 0.1, RuleSource.API);
        AlertRule deleted = rule("rule_gone", ACME, AlertMetric.ERROR_RATE, 0.2, RuleSource.API);
        rules.add(kept);
        rules.add(deleted);

        assertThat(rules.delete(deleted.id())).isTrue();
        assertThat(rules.delete(deleted.id())).isFalse();

        assertThat(rules.all()).containsExactly(kept);
    }

    @Test
    void listsPageInIdOrderThroughEveryRuleOrOneOrganizations() {
        for (String id : List.of("rule_d", "rule_a", "rule_e", "rule_c", "rule_b")) {
            rules.add(rule(id, id.compareTo("rule_c") < 0 ? GLOBEX : ACME, AlertMetric.REQUEST_RATE, 600,
                    RuleSource.API));
        }
        rules.add(system("rule_f"));

        assertThat(ids(Optional.empty(), 2)).containsExactly("rule_a", "rule_b", "rule_c", "rule_d", "rule_e",
                "rule_f");
        assertThat(ids(Optional.of(ACME), 2)).containsExactly("rule_c", "rule_d", "rule_e");
        assertThat(ids(Optional.of(GLOBEX), 2)).containsExactly("rule_a", "rule_b");
        Page<AlertRule> exact = rules.list(Optional.of(GLOBEX), PageRequest.first(2));
        assertThat(exact.nextCursor()).as("a full last page has no cursor").isEmpty();
        assertThat(rules.all()).extracting(rule -> rule.id().value()).containsExactly("rule_a", "rule_b", "rule_c",
                "rule_d", "rule_e", "rule_f");
    }

    @Test
    void replacingUsageThresholdsChangesOnlyTheOrganizationsUsageThresholdRules() {
        AlertRule own = rule("rule_own", ACME, AlertMetric.ERROR_RATE, 0.5, RuleSource.API);
        AlertRule old = rule("rule_old", ACME, AlertMetric.ERROR_RATE, 0.1, RuleSource.USAGE_ANALYTICS);
        AlertRule globex = rule("rule_globex", GLOBEX, AlertMetric.ERROR_RATE, 0.1, RuleSource.USAGE_ANALYTICS);
        List.of(own, old, globex, system("rule_system")).forEach(rules::add);
        AlertRule latency = rule("rule_p95", ACME, AlertMetric.P95_LATENCY_MS, 800, RuleSource.USAGE_ANALYTICS);
        AlertRule quota = rule("rule_quota", ACME, AlertMetric.QUOTA_UTILIZATION, 0.8, RuleSource.USAGE_ANALYTICS);

        assertThat(rules.replaceUsageThresholds(ACME, List.of(quota, latency))).isTrue();

        assertThat(rules.usageThresholds(ACME)).containsExactly(latency, quota);
        assertThat(rules.usageThresholds(GLOBEX)).containsExactly(globex);
        assertThat(rules.find(own.id())).contains(own);
        assertThat(rules.find(old.id())).isEmpty();
        assertThat(rules.all()).hasSize(5);

        assertThat(rules.replaceUsageThresholds(ACME, List.of())).isTrue();
        assertThat(rules.usageThresholds(ACME)).isEmpty();
        assertThat(rules.all()).extracting(AlertRule::id).containsExactly(globex.id(), own.id(),
                new AlertRuleId("rule_system"));
    }

    @Test
    void aReplacementMayKeepTheIdOfARuleItReplaces() {
        AlertRule before = rule("rule_same", ACME, AlertMetric.ERROR_RATE, 0.1, RuleSource.USAGE_ANALYTICS);
        rules.add(before);
        AlertRule after = rule("rule_same", ACME, AlertMetric.ERROR_RATE, 0.2, RuleSource.USAGE_ANALYTICS);

        assertThat(rules.replaceUsageThresholds(ACME, List.of(after))).isTrue();

        assertThat(rules.usageThresholds(ACME)).containsExactly(after);
    }

    @Test
    void anUnknownOrganizationGetsNoThresholds() {
        OrganizationId ghost = new OrganizationId("ghost");

        assertThat(rules.replaceUsageThresholds(ghost,
                List.of(rule("rule_x", ghost, AlertMetric.ERROR_RATE, 0.1, RuleSource.USAGE_ANALYTICS)))).isFalse();

        assertThat(rules.all()).isEmpty();
    }

    @Test
    void onlyTheOrganizationsUsageThresholdRulesMayReplaceThem() {
        rules.add(rule("rule_old", ACME, AlertMetric.ERROR_RATE, 0.1, RuleSource.USAGE_ANALYTICS));

        assertThatIllegalArgumentException().isThrownBy(() -> rules.replaceUsageThresholds(ACME,
                List.of(rule("rule_api", ACME, AlertMetric.ERROR_RATE, 0.1, RuleSource.API))));
        assertThatIllegalArgumentException().isThrownBy(() -> rules.replaceUsageThresholds(ACME,
                List.of(rule("rule_globex", GLOBEX, AlertMetric.ERROR_RATE, 0.1, RuleSource.USAGE_ANALYTICS))));

        assertThat(rules.all()).extracting(AlertRule::id).containsExactly(new AlertRuleId("rule_old"));
    }

    @Test
    void concurrentReplacementsOfOneOrganizationNeverMix() {
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        List<CompletableFuture<List<List<String>>>> replacements = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            List<AlertRule> set = List.of(
                    rule("rule_w" + writer + "a", ACME, AlertMetric.ERROR_RATE, 0.1, RuleSource.USAGE_ANALYTICS),
                    rule("rule_w" + writer + "b", ACME, AlertMetric.DENIED_RATE, 0.2, RuleSource.USAGE_ANALYTICS));
            replacements.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                List<List<String>> seen = new ArrayList<>();
                for (int round = 0; round < 25; round++) {
                    assertThat(rules.replaceUsageThresholds(ACME, set)).isTrue();
                    seen.add(usageThresholdIds());
                }
                return seen;
            }, threads));
        }

        start.countDown();
        threads.shutdown();

        // Whatever a writer read after its replacement is one whole replacement: one writer's two rules.
        assertThat(replacements).allSatisfy(replacement -> assertThat(replacement.join()).allSatisfy(seen -> {
            assertThat(seen).hasSize(2);
            assertThat(seen.get(1)).isEqualTo(seen.get(0).replaceAll("a$", "b"));
        }));
    }

    private List<String> usageThresholdIds() {
        return rules.usageThresholds(ACME).stream().map(rule -> rule.id().value()).toList();
    }

    private List<String> ids(Optional<OrganizationId> organization, int pageSize) {
        List<String> ids = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<AlertRule> page = rules.list(organization, new PageRequest(pageSize, cursor));
            page.items().forEach(rule -> ids.add(rule.id().value()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return ids;
    }

    private static AlertRule rule(String id, OrganizationId organization, AlertMetric metric, double threshold,
                                  RuleSource source) {
        return new AlertRule(new AlertRuleId(id), AlertScope.of(organization), "Rule " + id, metric,
                Comparator.GREATER_OR_EQUAL, threshold, threshold, Duration.ofMinutes(5), Duration.ZERO,
                Severity.WARNING, List.of(), secret(id.length()), true, source, CREATED, CREATED);
    }

    private static AlertRule system(String id) {
        return new AlertRule(new AlertRuleId(id), AlertScope.system(), "System " + id, AlertMetric.HEALTH,
                Comparator.GREATER_OR_EQUAL, 1, 1, Duration.ofMinutes(1), Duration.ZERO, Severity.CRITICAL,
                List.of(), secret(7), true, RuleSource.API, CREATED, CREATED);
    }

    private static WebhookChannel channel(String url) {
        return new WebhookChannel(URI.create(url));
    }

    private static SigningSecret secret(int seed) {
        byte[] bytes = new byte[24];
        bytes[0] = (byte) seed;
        return SigningSecret.of(bytes);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
