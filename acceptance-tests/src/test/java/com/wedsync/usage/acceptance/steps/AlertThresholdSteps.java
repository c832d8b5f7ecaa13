package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.ScenarioWorld;
import com.wedsync.usage.acceptance.world.WatchingRule;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An organization's usage alert thresholds, as its owner sets them, and the rules that then watch it. */
public final class AlertThresholdSteps {

    private static final Map<String, String> COMPARATORS = Map.of(">=", "at or above", ">", "above",
            "<=", "at or below", "<", "below");

    private final ScenarioWorld world;
    private Map<String, Double> lastSet = Map.of();
    private List<WatchingRule> rulesBefore = List.of();

    public AlertThresholdSteps(ScenarioWorld world) {
        this.world = world;
    }

    /** Columns: metric, threshold. */
    @Given("the owner of {string} has set its usage alert thresholds:")
    @When("the owner of {string} sets its usage alert thresholds:")
    public void theOwnerSetsThresholds(String organization, DataTable table) {
        Map<String, Double> thresholds = new LinkedHashMap<>();
        table.asMaps().forEach(row -> thresholds.put(row.get("metric"), Double.parseDouble(row.get("threshold"))));
        rulesBefore = world.monitor().alertRules(organization);
        world.monitor().setUsageThresholds(organization, thresholds);
        lastSet = thresholds;
    }

    @When("the owner of {string} sets the same thresholds again")
    public void theOwnerSetsTheSameThresholdsAgain(String organization) {
        rulesBefore = world.monitor().alertRules(organization);
        world.monitor().setUsageThresholds(organization, lastSet);
    }

    /** Columns: metric, alerts when (at or above 0.05), over the last (5 minutes), raised (at once), severity. */
    @Then("{string} is watched by these alert rules:")
    public void theOrganizationIsWatchedBy(String organization, DataTable table) {
        List<Map<String, String>> watching = world.monitor().alertRules(organization).stream()
                .map(AlertThresholdSteps::inWords).toList();
        assertThat(watching).as("the alert rules of " + organization).containsExactlyInAnyOrderElementsOf(
                table.asMaps());
    }

    @Then("every rule of {string} came from its usage alert thresholds")
    public void everyRuleCameFromThresholds(String organization) {
        assertThat(world.monitor().alertRules(organization)).extracting(WatchingRule::source)
                .containsOnly("usage-analytics");
    }

    @Then("the {word} threshold of {string} is still watched by the same rule")
    public void theSameRuleWatches(String metric, String organization) {
        assertThat(ruleFor(world.monitor().alertRules(organization), metric).map(WatchingRule::id))
                .as("the rule of " + metric + " now").isEqualTo(ruleFor(rulesBefore, metric).map(WatchingRule::id))
                .isPresent();
    }

    @Then("nothing about the alert rules of {string} changed")
    public void nothingChanged(String organization) {
        assertThat(world.monitor().alertRules(organization)).containsExactlyInAnyOrderElementsOf(rulesBefore);
    }

    private static Optional<WatchingRule> ruleFor(List<WatchingRule> rules, String metric) {
        return rules.stream().filter(rule -> rule.metric().equals(metric)).findFirst();
    }

    private static Map<String, String> inWords(WatchingRule rule) {
        return Map.of("metric", rule.metric(),
                "alerts when", COMPARATORS.get(rule.comparator()) + " " + plain(rule.threshold()),
                "over the last", minutes(rule.window()),
                "raised", rule.heldFor().isZero() ? "at once" : "after " + minutes(rule.heldFor()),
                "severity", rule.severity());
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() == 1 ? "1 minute" : duration.toMinutes() + " minutes";
    }
}
