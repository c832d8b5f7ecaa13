package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AlertRuleTest {

    private static final AlertScope ACME = AlertScope.of(new OrganizationId("acme"));
    private static final Instant CREATED = Instant.parse("2025-06-02T10:00:00Z");
    private static final SigningSecret SECRET = SigningSecret.of(new byte[24]);

    /** A valid rule to vary: error rate above 5% for 2 of the last 5 minutes, clearing at 3%. */
    private record Draft(AlertScope scope, String name, AlertMetric metric, Comparator comparator, double threshold,
                         double clearThreshold, Duration window, Duration forDuration, List<WebhookChannel> channels,
                         Instant updatedAt) {

        static Draft valid() {
            return new Draft(ACME, "Errors", AlertMetric.ERROR_RATE, Comparator.GREATER_THAN, 0.05, 0.03,
                    Duration.ofMinutes(5), Duration.ofMinutes(2),
                    List.of(new WebhookChannel(URI.create("https://hooks.example/x"))), CREATED);
        }

        AlertRule rule() {
            return new AlertRule(new AlertRuleId("rule_abc"), scope, name, metric, comparator, threshold,
                    clearThreshold, window, forDuration, Severity.CRITICAL, channels, SECRET, true, RuleSource.API,
                    CREATED, updatedAt);
        }

        Draft scope(AlertScope newScope) {
            return new Draft(newScope, name, metric, comparator, threshold, clearThreshold, window, forDuration,
                    channels, updatedAt);
        }

        Draft name(String newName) {
            return new Draft(scope, newName, metric, comparator, threshold, clearThreshold, window, forDuration,
                    channels, updatedAt);
        }

        Draft metric(AlertMetric newMetric) {
            return new Draft(scope, name, newMetric, comparator, threshold, clearThreshold, window, forDuration,
                    channels, updatedAt);
        }

        Draft condition(Comparator newComparator, double newThreshold, double newClear) {
            return new Draft(scope, name, metric, newComparator, newThreshold, newClear, window, forDuration,
                    channels, updatedAt);
        }

        Draft timing(Duration newWindow, Duration newFor) {
            return new Draft(scope, name, metric, comparator, threshold, clearThreshold, newWindow, newFor,
                    channels, updatedAt);
        }

        Draft channels(List<WebhookChannel> newChannels) {
            return new Draft(scope, name, metric, comparator, threshold, clearThreshold, window, forDuration,
                    newChannels, updatedAt);
        }

        Draft updatedAt(Instant newUpdatedAt) {
            return new Draft(scope, name, metric, comparator, threshold, clearThreshold, window, forDuration,
                    channels, newUpdatedAt);
        }
    }

    private static void refused(Draft draft, String message) {
        assertThatIllegalArgumentException().isThrownBy(draft::rule).withMessage(message);
    }

    @Test
    void aValidRuleKeepsWhatItWasGiven() {
        AlertRule rule = Draft.valid().rule();

        assertThat(rule.threshold()).isEqualTo(0.05);
        assertThat(rule.clearThreshold()).isEqualTo(0.03);
        assertThat(rule.window()).isEqualTo(Duration.ofMinutes(5));
        assertThat(rule.forDuration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(rule.channels()).containsExactly(new WebhookChannel(URI.create("https://hooks.example/x")));
        assertThat(rule.belongsTo(new OrganizationId("acme"))).isTrue();
        assertThat(rule.belongsTo(new OrganizationId("globex"))).isFalse();
    }

    @Test
    void theMetricMustApplyToTheScope() {
        refused(Draft.valid().metric(AlertMetric.HEALTH).condition(Comparator.GREATER_OR_EQUAL, 1, 1),
                "'metric' health does not apply to an organization");
        refused(Draft.valid().scope(AlertScope.system()).metric(AlertMetric.QUOTA_UTILIZATION),
                "'metric' quota_utilization does not apply to the system");
        assertThat(Draft.valid().scope(AlertScope.system()).metric(AlertMetric.HEALTH)
                .condition(Comparator.GREATER_OR_EQUAL, 2, 1).rule().belongsTo(new OrganizationId("acme"))).isFalse();
    }

    @Test
    void theThresholdMustLieWithinTheMetricsUnit() {
        refused(Draft.valid().condition(Comparator.GREATER_THAN, 1.5, 0.03),
                "'threshold' must be from 0 to 1 for error_rate, was 1.5");
        refused(Draft.valid().condition(Comparator.GREATER_THAN, -0.1, -0.2),
                "'threshold' must be from 0 to 1 for error_rate, was -0.1");
        refused(Draft.valid().condition(Comparator.GREATER_THAN, Double.NaN, 0.03),
                "'threshold' must be from 0 to 1 for error_rate, was NaN");
        refused(Draft.valid().metric(AlertMetric.P95_LATENCY_MS).condition(Comparator.GREATER_THAN, 3_600_001, 800),
                "'threshold' must be from 0 to 3600000 for p95_latency_ms, was 3600001");
        assertThat(Draft.valid().metric(AlertMetric.P95_LATENCY_MS)
                .condition(Comparator.GREATER_OR_EQUAL, 3_600_000, 1).rule().threshold()).isEqualTo(3_600_000);
    }

    @Test
    void aRuleMustBeAbleToFireAndToClear() {
        refused(Draft.valid().condition(Comparator.GREATER_OR_EQUAL, 0, 0),
                "'threshold' >= 0 would always hold for error_rate, whose values are from 0 to 1");
        refused(Draft.valid().condition(Comparator.GREATER_THAN, 1, 0.5),
                "'threshold' > 1 would never hold for error_rate, whose values are from 0 to 1");
        refused(Draft.valid().condition(Comparator.LESS_OR_EQUAL, 1, 1),
                "'threshold' <= 1 would always hold for error_rate, whose values are from 0 to 1");
        refused(Draft.valid().condition(Comparator.LESS_THAN, 0, 0.5),
                "'threshold' < 0 would never hold for error_rate, whose values are from 0 to 1");
        refused(Draft.valid().condition(Comparator.GREATER_OR_EQUAL, 0.5, 0),
                "'clearThreshold' 0 would never let a firing rule clear: error_rate cannot go below 0");
        refused(Draft.valid().metric(AlertMetric.HEALTH).scope(AlertScope.system())
                        .condition(Comparator.LESS_OR_EQUAL, 1, 2),
                "'clearThreshold' 2 would never let a firing rule clear: health cannot go above 2");
        assertThat(Draft.valid().condition(Comparator.GREATER_THAN, 0, 0).rule().threshold()).isZero();
        assertThat(Draft.valid().condition(Comparator.LESS_OR_EQUAL, 0, 0.5).rule().threshold()).isZero();
    }

    @Test
    void theClearThresholdMustLieOnTheSafeSideOfTheThreshold() {
        refused(Draft.valid().condition(Comparator.GREATER_THAN, 0.05, 0.07),
                "'clearThreshold' must be at most 'threshold' (0.05) for comparator >, was 0.07");
        refused(Draft.valid().metric(AlertMetric.REQUEST_RATE).condition(Comparator.LESS_THAN, 10, 5),
                "'clearThreshold' must be at least 'threshold' (10) for comparator <, was 5");
        refused(Draft.valid().condition(Comparator.GREATER_THAN, 0.05, Double.POSITIVE_INFINITY),
                "'clearThreshold' must be from 0 to 1 for error_rate, was Infinity");
        assertThat(Draft.valid().condition(Comparator.GREATER_OR_EQUAL, 0.05, 0.05).rule().clearThreshold())
                .isEqualTo(0.05);
    }

    @Test
    void negativeZeroIsZero() {
        AlertRule rule = Draft.valid().condition(Comparator.GREATER_THAN, -0.0, -0.0).rule();

        assertThat(rule.threshold()).isEqualTo(0.0);
        assertThat(rule).isEqualTo(Draft.valid().condition(Comparator.GREATER_THAN, 0.0, 0.0).rule());
    }

    @Test
    void theWindowIsWholeMinutesFromOneMinuteToADay() {
        refused(Draft.valid().timing(Duration.ofSeconds(30), Duration.ZERO),
                "'window' must be whole minutes from PT1M to PT24H, was PT30S");
        refused(Draft.valid().timing(Duration.ofSeconds(90), Duration.ZERO),
                "'window' must be whole minutes from PT1M to PT24H, was PT1M30S");
        refused(Draft.valid().timing(Duration.ofHours(24).plusMinutes(1), Duration.ZERO),
                "'window' must be whole minutes from PT1M to PT24H, was PT24H1M");
        refused(Draft.valid().timing(null, Duration.ZERO), "'window' is required");
        assertThat(Draft.valid().timing(Duration.ofHours(24), Duration.ZERO).rule().window())
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void theForDurationIsWholeSecondsFromNothingToADay() {
        refused(Draft.valid().timing(Duration.ofMinutes(5), Duration.ofSeconds(-1)),
                "'for' must be whole seconds from PT0S to PT24H, was PT-1S");
        refused(Draft.valid().timing(Duration.ofMinutes(5), Duration.ofMillis(1_500)),
                "'for' must be whole seconds from PT0S to PT24H, was PT1.5S");
        refused(Draft.valid().timing(Duration.ofMinutes(5), Duration.ofHours(25)),
                "'for' must be whole seconds from PT0S to PT24H, was PT25H");
        assertThat(Draft.valid().timing(Duration.ofMinutes(1), Duration.ofHours(24)).rule().forDuration())
                .isEqualTo(Duration.ofHours(24));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "tab\there"})
    void theNameIsPrintableText(String name) {
        refused(Draft.valid().name(name), "'name' must be 1 to 200 characters without control characters, was \""
                + name.replace("\t", "\\u0009") + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"half \uD800 a pair", "evil\u202Egnp.exe", "isolated \u2066text"})
    void aNameThatWouldNotShowWhatItSaysIsRefused(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> Draft.valid().name(name).rule())
                .withMessageStartingWith("'name' must be 1 to 200 characters without control characters");
    }

    @Test
    void aNamesLengthCountsUtf16UnitsAsTheStoreDoesSoAnEmojiCountsTwice() {
        // Counted as the embedded database's VARCHAR(200) counts: 101 emoji were a 500 when code points counted.
        String emoji = "\uD83D\uDC8D";
        assertThat(Draft.valid().name(emoji.repeat(100)).rule().name()).hasSize(200);
        assertThatIllegalArgumentException().isThrownBy(() -> Draft.valid().name(emoji.repeat(101)).rule())
                .withMessageStartingWith("'name' must be 1 to 200 characters without control characters");
    }

    @Test
    void theNameHasAtMost200Characters() {
        assertThat(Draft.valid().name("n".repeat(200)).rule().name()).hasSize(200);
        assertThatIllegalArgumentException().isThrownBy(() -> Draft.valid().name("n".repeat(201)).rule())
                .withMessageStartingWith("'name' must be 1 to 200 characters without control characters, was \"nnn");
    }

    @Test
    void aRuleHasAtMostTenChannelsEachOnce() {
        List<WebhookChannel> eleven = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> new WebhookChannel(URI.create("https://hooks.example/" + i))).toList();
        WebhookChannel one = new WebhookChannel(URI.create("https://hooks.example/x"));

        refused(Draft.valid().channels(eleven), "'channels' may hold at most 10 webhooks, was 11");
        refused(Draft.valid().channels(List.of(one, one)), "'channels' names \"https://hooks.example/x\" twice");
        assertThat(Draft.valid().channels(eleven.subList(0, 10)).rule().channels()).hasSize(10);
        assertThat(Draft.valid().channels(Collections.emptyList()).rule().channels()).isEmpty();
    }

    @Test
    void theChannelsCannotBeChangedThroughTheRule() {
        List<WebhookChannel> mutable = new java.util.ArrayList<>(Draft.valid().channels());
        AlertRule rule = Draft.valid().channels(mutable).rule();

        mutable.clear();

        assertThat(rule.channels()).hasSize(1);
    }

    @Test
    void aRuleIsNotUpdatedBeforeItWasCreated() {
        refused(Draft.valid().updatedAt(CREATED.minusSeconds(1)),
                "'updatedAt' must not be before 'createdAt' (2025-06-02T10:00:00Z), was 2025-06-02T09:59:59Z");
    }

    @Test
    void everyPartIsRequired() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertRule(new AlertRuleId("rule_a"), ACME, "n",
                AlertMetric.ERROR_RATE, Comparator.GREATER_THAN, 0.1, 0.1, Duration.ofMinutes(1), Duration.ZERO,
                null, List.of(), SECRET, true, RuleSource.API, CREATED, CREATED)).withMessage("'severity' is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertRule(new AlertRuleId("rule_a"), ACME, "n",
                AlertMetric.ERROR_RATE, Comparator.GREATER_THAN, 0.1, 0.1, Duration.ofMinutes(1), Duration.ZERO,
                Severity.INFO, List.of(), null, true, RuleSource.API, CREATED, CREATED))
                .withMessage("'signingSecret' is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new AlertRule(new AlertRuleId("rule_a"), null, "n",
                AlertMetric.ERROR_RATE, Comparator.GREATER_THAN, 0.1, 0.1, Duration.ofMinutes(1), Duration.ZERO,
                Severity.INFO, List.of(), SECRET, true, RuleSource.API, CREATED, CREATED))
                .withMessage("'scope' is required");
    }

    @Test
    void theSecretIsNeverPrinted() {
        SigningSecret secret = SigningSecret.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24});

        assertThat(Draft.valid().rule().toString()).contains("SigningSecret[hidden]").doesNotContain("whsec_");
        assertThat(secret.value()).isEqualTo("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY");
    }
}
