package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the in-process counters keep in memory, and when they let it go. */
public final class CounterMemorySteps {

    private final ScenarioWorld world;

    public CounterMemorySteps(ScenarioWorld world) {
        this.world = world;
    }

    @Then("the counters hold state for {int} organization(s)")
    public void theCountersHoldStateFor(int organizations) {
        assertThat(world.housekeeping().organizationsHeld()).as("organizations held").isEqualTo(organizations);
    }

    /** Columns: at (when the counters sweep), still held (how many organizations they keep after it). */
    @Then("sweeps of idle state keep:")
    public void sweepsKeep(DataTable sweeps) {
        for (Map<String, String> sweep : sweeps.asMaps()) {
            world.clock().set(Instant.parse(sweep.get("at")));
            world.housekeeping().forgetIdle();
            assertThat(world.housekeeping().organizationsHeld()).as("held after the sweep at " + sweep.get("at"))
                    .isEqualTo(Integer.parseInt(sweep.get("still held")));
        }
    }
}
