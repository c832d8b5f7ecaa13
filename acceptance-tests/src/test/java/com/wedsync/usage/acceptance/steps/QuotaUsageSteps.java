package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.ScenarioWorld;
import com.wedsync.usage.acceptance.world.UsageView;
import io.cucumber.java.en.Then;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Today's quota use and decision counts, as the organization's owner reads them in its usage. */
public final class QuotaUsageSteps {

    private final ScenarioWorld world;

    public QuotaUsageSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Then("{string} has used {int} call(s) of its day")
    public void hasUsedOfItsDay(String organization, int used) {
        assertThat(today(organization).usedToday()).as("today's quota used by " + organization).isEqualTo(used);
    }

    @Then("the decisions for {string} today are {int} admitted and {int} denied")
    public void todaysDecisions(String organization, int admitted, int denied) {
        UsageView today = today(organization);
        assertThat(today.admitted()).as("admitted today").isEqualTo(admitted);
        assertThat(today.denied()).as("denied today").isEqualTo(denied);
    }

    private UsageView today(String organization) {
        ZoneId zone = world.zoneOf(organization);
        LocalDate day = LocalDate.ofInstant(world.clock().instant(), zone);
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return world.monitor().usage(organization, from, to, "day");
    }
}
