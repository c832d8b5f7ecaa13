package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.AlertEvaluation;
import com.wedsync.usage.acceptance.world.IncidentAnswer;
import com.wedsync.usage.acceptance.world.IncidentDesk;
import com.wedsync.usage.acceptance.world.IncidentView;
import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incidents triggered, acknowledged and resolved by named operators, and opened and resolved by alert rules.
 * "The incident" is the last one triggered or fired; "the first incident" the scenario's first.
 */
public final class IncidentSteps {

    private final ScenarioWorld world;
    private final List<String> incidents = new ArrayList<>();
    private IncidentAnswer lastAnswer;
    private AlertEvaluation.Firing lastFiring;

    public IncidentSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("operator {string} triggers a(n) {word} incident {string} for {string}")
    public void anOperatorTriggers(String operator, String severity, String title, String organizationId) {
        incidents.add(desk().trigger(operator, severity, title, organizationId));
    }

    @When("operator {string} acknowledges the incident")
    public void anOperatorAcknowledges(String operator) {
        lastAnswer = desk().acknowledge(operator, current(), null);
    }

    @When("operator {string} acknowledges the incident, saying {string}")
    public void anOperatorAcknowledgesSaying(String operator, String comment) {
        lastAnswer = desk().acknowledge(operator, current(), comment);
    }

    @When("operator {string} resolves the incident")
    public void anOperatorResolves(String operator) {
        lastAnswer = desk().resolve(operator, current(), null);
    }

    @When("operator {string} resolves the incident, saying {string}")
    public void anOperatorResolvesSaying(String operator, String comment) {
        lastAnswer = desk().resolve(operator, current(), comment);
    }

    @When("the alert rule {string} fires for {string} with severity {word}, titled {string}")
    public void aRuleFires(String ruleId, String organizationId, String severity, String title) {
        lastFiring = evaluation().ruleFires(ruleId, organizationId, severity, title);
        if (!incidents.contains(lastFiring.incidentId())) {
            incidents.add(lastFiring.incidentId());
        }
    }

    @When("the alert rule {string} clears for {string}")
    public void aRuleClears(String ruleId, String organizationId) {
        evaluation().ruleClears(ruleId, organizationId);
    }

    @Then("a new incident is opened")
    public void aNewIncidentIsOpened() {
        assertThat(lastFiring.opened()).as("the firing opened an incident").isTrue();
        assertThat(incidents.subList(0, incidents.size() - 1)).as("the incidents before it")
                .doesNotContain(lastFiring.incidentId());
    }

    @Then("no incident is opened: the open one is answered")
    public void theOpenOneIsAnswered() {
        assertThat(lastFiring.opened()).as("the firing opened an incident").isFalse();
        assertThat(lastFiring.incidentId()).isEqualTo(current());
    }

    @Then("the answer is the incident, {word}")
    public void theAnswerIsTheIncident(String state) {
        assertThat(lastAnswer.refusal()).as("refusal").isNull();
        assertThat(lastAnswer.incident().state()).isEqualTo(state);
        assertThat(lastAnswer.incident()).isEqualTo(desk().incident(current()));
    }

    @Then("it is refused, as a conflict")
    public void itIsRefusedAsAConflict() {
        assertThat(lastAnswer.refusal()).isEqualTo("conflict");
    }

    @Then("the incident is {word}")
    public void theIncidentIs(String state) {
        assertThat(desk().incident(current()).state()).isEqualTo(state);
    }

    @Then("the first incident is {word}")
    public void theFirstIncidentIs(String state) {
        assertThat(desk().incident(incidents.getFirst()).state()).isEqualTo(state);
    }

    @Then("the history of the incident is:")
    public void theHistoryIs(DataTable expected) {
        List<Map<String, String>> rows = desk().incident(current()).history().stream().map(IncidentSteps::row).toList();
        // An empty cell (no comment) reads as null.
        List<Map<String, String>> wanted = expected.asMaps().stream().map(row -> row.entrySet().stream().collect(
                Collectors.toMap(Map.Entry::getKey, cell -> cell.getValue() == null ? "" : cell.getValue()))).toList();
        assertThat(rows).containsExactlyElementsOf(wanted);
    }

    private static Map<String, String> row(IncidentView.Step step) {
        return Map.of("step", step.kind(), "by", step.by(), "at", step.at().toString(),
                "comment", step.comment() == null ? "" : step.comment());
    }

    private String current() {
        assertThat(incidents).as("incidents of this scenario").isNotEmpty();
        return incidents.getLast();
    }

    private IncidentDesk desk() {
        if (world.monitor() instanceof IncidentDesk desk) {
            return desk;
        }
        throw new IllegalStateException("incidents cannot be handled through " + world.monitor().getClass());
    }

    /** Only a driver inside the process reaches the evaluator: scenarios that use it are not tagged @http. */
    private AlertEvaluation evaluation() {
        if (world.monitor() instanceof AlertEvaluation evaluation) {
            return evaluation;
        }
        throw new IllegalStateException("the alert evaluator has no HTTP route; this scenario runs in process only");
    }

}
