package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.AlertEvaluation;
import com.wedsync.usage.acceptance.world.BatchAnswer;
import com.wedsync.usage.acceptance.world.EventToRecord;
import com.wedsync.usage.acceptance.world.IncidentView;
import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluator running over the rules, and the incidents it leaves an organization with. */
public final class AlertEvaluationSteps {

    private static final int BATCH = 1_000;

    private final ScenarioWorld world;

    public AlertEvaluationSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("{int} calls of {string} are recorded at {instant}, {int} of them failing")
    public void callsSomeFailing(int calls, String organization, Instant at, int failing) {
        List<EventToRecord> events = IntStream.range(0, calls).mapToObj(call -> new EventToRecord(UUID.randomUUID(),
                organization, "/v1/bookings", "POST", call < failing ? 500 : 201, 40, at)).toList();
        for (int start = 0; start < events.size(); start += BATCH) {
            List<EventToRecord> batch = events.subList(start, Math.min(events.size(), start + BATCH));
            assertThat(world.monitor().record(batch)).isEqualTo(new BatchAnswer(batch.size(), 0, 0));
        }
    }

    @When("the alert rules are evaluated")
    public void evaluated() {
        evaluation().evaluateRules();
    }

    @Then("{string} has no incident")
    public void noIncident(String organization) {
        assertThat(evaluation().incidentsOf(organization)).isEmpty();
    }

    @Then("{string} has {int} incident(s), the newest {word} by the evaluator")
    public void incidents(String organization, int count, String state) {
        List<IncidentView> incidents = evaluation().incidentsOf(organization);
        assertThat(incidents).hasSize(count);
        IncidentView newest = incidents.getFirst();
        assertThat(newest.state()).isEqualTo(state);
        assertThat(newest.history().getLast().by()).isEqualTo("evaluator");
        assertThat(newest.history().getLast().kind()).isEqualTo(state);
    }

    @Then("the older incident of {string} is {word}")
    public void olderIncident(String organization, String state) {
        List<IncidentView> incidents = evaluation().incidentsOf(organization);
        assertThat(incidents).hasSizeGreaterThan(1);
        assertThat(incidents.get(1).state()).isEqualTo(state);
    }

    private AlertEvaluation evaluation() {
        if (world.monitor() instanceof AlertEvaluation evaluation) {
            return evaluation;
        }
        throw new IllegalStateException("the alert evaluator runs on its own schedule in a server; this scenario"
                + " runs in process only");
    }
}
