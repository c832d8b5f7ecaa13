package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.AnsweredCall;
import com.wedsync.usage.acceptance.world.CallAnswer;
import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.java.en.Then;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The organization's calendar as the daily limit shows it. */
public final class CalendarSteps {

    private final ScenarioWorld world;

    public CalendarSteps(ScenarioWorld world) {
        this.world = world;
    }

    /** The call made at the day's first instant opened a fresh day, and its reset points at the next one. */
    @Then("the quota day that began at {instant} ended at {instant}")
    public void theQuotaDayRan(Instant start, Instant end) {
        AnsweredCall first = world.calls().stream().filter(call -> call.at().equals(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no call was made at " + start));
        CallAnswer.LimitReading daily = first.answer().limit("daily")
                .orElseThrow(() -> new AssertionError("the call at " + start + " reports no daily limit"));
        assertThat(daily.remaining()).as("the first call of a fresh day leaves all but one").isEqualTo(daily.limit() - 1);
        assertThat(start.plusSeconds(daily.resetSeconds())).as("the day's end").isEqualTo(end);
    }
}
