package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

import java.time.Instant;
import java.time.ZoneId;

/** Organizations, their tiers and calendars, and the time of the scenario. */
public final class OrganizationSteps {

    private final ScenarioWorld world;

    public OrganizationSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("the time is {instant}")
    public void theTimeIs(Instant instant) {
        world.clock().set(instant);
    }

    @Given("a(n) {tier} organization {string} in {zone}")
    public void anOrganization(String tier, String organizationId, ZoneId zone) {
        world.monitor().createOrganization(organizationId, tier, zone);
        world.knowZone(organizationId, zone);
    }

    @When("an operator upgrades/downgrades/moves {string} to {tier}")
    public void anOperatorChangesTheTier(String organizationId, String tier) {
        world.monitor().changeTier(organizationId, tier);
    }
}
