package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.AnsweredCall;
import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.When;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Calls an organization makes, one after another on the scenario clock. After a sequence the clock stays at its
 * last call, except after calls "spread evenly over" a period, which leave it at the period's end.
 */
public final class CallSteps {

    private final ScenarioWorld world;

    public CallSteps(ScenarioWorld world) {
        this.world = world;
    }

    @When("{string} makes {int} call(s)")
    public void callsNow(String organization, int count) {
        repeat(organization, count, world.clock().instant(), Duration.ZERO);
    }

    @When("{string} makes {int} call(s) at {instant}")
    public void callsAt(String organization, int count, Instant at) {
        repeat(organization, count, at, Duration.ZERO);
    }

    @When("{string} makes {int} call(s) at {localTime} local time")
    public void callsAtLocalTime(String organization, int count, LocalDateTime local) {
        repeat(organization, count, instantOf(organization, local), Duration.ZERO);
    }

    @When("{string} makes {int} call(s) {duration} later")
    public void callsLater(String organization, int count, Duration later) {
        repeat(organization, count, world.clock().instant().plus(later), Duration.ZERO);
    }

    @When("{string} makes {int} call(s), one every {duration}")
    public void callsAtAPace(String organization, int count, Duration pace) {
        repeat(organization, count, world.clock().instant(), pace);
    }

    @When("{string} makes {int} call(s) from {instant}, one every {duration}")
    public void callsAtAPaceFrom(String organization, int count, Instant from, Duration pace) {
        repeat(organization, count, from, pace);
    }

    @When("{string} makes {int} call(s) from {localTime} local time, one every {duration}")
    public void callsAtAPaceFromLocalTime(String organization, int count, LocalDateTime from, Duration pace) {
        repeat(organization, count, instantOf(organization, from), pace);
    }

    @When("{string} makes {int} call(s) spread evenly over {duration}")
    public void callsSpreadEvenly(String organization, int count, Duration period) {
        Instant start = world.clock().instant();
        repeat(organization, count, start, period.dividedBy(count));
        world.clock().set(start.plus(period));
    }

    /** Column: local time, on the organization's calendar. */
    @When("{string} makes one call at each of these local times:")
    public void callsAtLocalTimes(String organization, DataTable times) {
        for (Map<String, String> row : times.asMaps()) {
            LocalDateTime local = LocalDateTime.parse(row.get("local time"), ParameterTypes.LOCAL);
            callAt(organization, instantOf(organization, local));
        }
    }

    private void repeat(String organization, int count, Instant first, Duration pace) {
        for (int i = 0; i < count; i++) {
            callAt(organization, first.plus(pace.multipliedBy(i)));
        }
    }

    private void callAt(String organization, Instant at) {
        world.clock().set(at);
        world.remember(new AnsweredCall(organization, at, world.monitor().call(organization)));
    }

    private Instant instantOf(String organization, LocalDateTime local) {
        return ZonedDateTime.of(local, world.zoneOf(organization)).toInstant();
    }
}
