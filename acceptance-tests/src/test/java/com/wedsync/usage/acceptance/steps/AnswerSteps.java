package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.AnsweredCall;
import com.wedsync.usage.acceptance.world.CallAnswer;
import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the answers to the scenario's calls said. */
public final class AnswerSteps {

    private final ScenarioWorld world;

    public AnswerSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Then("the answers are:")
    public void theAnswersAre(DataTable table) {
        List<Map<String, String>> rows = table.asMaps();
        assertThat(rows).as("an answers table names at least one call").isNotEmpty();
        for (Map<String, String> row : rows) {
            int number = Integer.parseInt(row.get("call").trim());
            AnswerExpectations.check(world.call(number), number, row);
        }
    }

    @Then("calls {int} to {int} are admitted")
    public void callsAreAdmitted(int first, int last) {
        for (int number = first; number <= last; number++) {
            assertThat(world.call(number).answer().admitted()).as("call " + number + " is admitted").isTrue();
        }
    }

    @Then("calls {int} to {int} are denied by the {word} limit")
    public void callsAreDeniedBy(int first, int last, String limit) {
        for (int number = first; number <= last; number++) {
            CallAnswer answer = world.call(number).answer();
            assertThat(answer.admitted()).as("call " + number + " is denied").isFalse();
            assertThat(answer.deniedBy()).as("call " + number + " names the limit that denied it").contains(limit);
        }
    }

    @Then("the wait shown after call {int} is never 0, negative or earlier than the reset of the {word} limit")
    public void theWaitShownIsHonest(int number, String limit) {
        CallAnswer.ShownToCaller shown = world.call(number).answer().shown();
        assertThat(shown.retryAfterSeconds()).as("a denial shows a wait").isPresent();
        assertThat(shown.watchedLimit()).as("the limit the caller is told to watch").contains(limit);
        long retryAfter = shown.retryAfterSeconds().getAsLong();
        assertThat(retryAfter).as("the wait shown").isGreaterThanOrEqualTo(1)
                .isGreaterThanOrEqualTo(shown.watchedResetSeconds().orElseThrow());
        assertThat(world.call(number).answer().retryAfterSeconds()).as("the wait shown is the wait answered")
                .hasValue(retryAfter);
    }

    @Then("no answer showed more remaining than its limit, or less than zero")
    public void everyRemainingIsWithinItsLimit() {
        List<AnsweredCall> calls = world.calls();
        assertThat(calls).as("calls were made").isNotEmpty();
        for (AnsweredCall call : calls) {
            call.answer().limits().forEach((name, reading) -> {
                assertThat(reading.remaining()).as(name + " remaining at " + call.at())
                        .isBetween(0L, reading.limit());
                assertThat(reading.resetSeconds()).as(name + " reset at " + call.at()).isNotNegative();
            });
        }
    }
}
