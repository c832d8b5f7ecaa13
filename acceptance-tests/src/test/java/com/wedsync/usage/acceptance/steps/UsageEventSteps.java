package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.BatchAnswer;
import com.wedsync.usage.acceptance.world.EventToRecord;
import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches of usage events sent after the calls happened, and what the product made of them. */
public final class UsageEventSteps {

    private final ScenarioWorld world;
    private List<EventToRecord> lastBatch = List.of();
    private BatchAnswer lastAnswer;

    public UsageEventSteps(ScenarioWorld world) {
        this.world = world;
    }

    /** Columns: event (the scenario's name for its id), endpoint, method, status, occurred at, latency ms. */
    @When("a batch of usage events for {string} is recorded:")
    public void aBatchIsRecorded(String organization, DataTable events) {
        lastBatch = events.asMaps().stream().map(row -> eventOf(organization, row)).toList();
        lastAnswer = world.monitor().record(lastBatch);
    }

    @When("its acknowledgement is lost and the same batch is recorded again")
    public void theSameBatchIsRecordedAgain() {
        assertThat(lastBatch).as("a batch was recorded before").isNotEmpty();
        lastAnswer = world.monitor().record(lastBatch);
    }

    @Then("the batch answer is {int} accepted, {int} duplicate(s) and {int} rejected")
    public void theBatchAnswerIs(int accepted, int duplicates, int rejected) {
        assertThat(lastAnswer).as("the answer to the last batch")
                .isEqualTo(new BatchAnswer(accepted, duplicates, rejected));
    }

    private EventToRecord eventOf(String organization, Map<String, String> row) {
        String latency = row.get("latency ms");
        return new EventToRecord(world.eventId(row.get("event")), organization, row.get("endpoint"),
                row.get("method"), Integer.parseInt(row.get("status")),
                latency == null || latency.isBlank() ? null : Integer.valueOf(latency),
                Instant.parse(row.get("occurred at")));
    }
}
