package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.AnsweredCall;
import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Callers that arrive together, to show that the check and the consumption are one step. */
public final class ConcurrencySteps {

    private final ScenarioWorld world;

    public ConcurrencySteps(ScenarioWorld world) {
        this.world = world;
    }

    @When("{int} calls of {string} arrive at the same instant from {int} threads")
    public void callsArriveTogether(int calls, String organization, int threads) throws Exception {
        assertThat(calls).as("one call per thread").isEqualTo(threads);
        // A barrier releases every thread at once, so the decisions really contend instead of queueing up.
        CyclicBarrier start = new CyclicBarrier(threads);
        Instant now = world.clock().instant();
        List<Future<?>> running = new ArrayList<>(threads);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    world.remember(new AnsweredCall(organization, now, world.monitor().call(organization)));
                    return null;
                }));
            }
            for (Future<?> call : running) {
                call.get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Then("exactly {int} calls are admitted and {int} denied")
    public void exactlyAreAdmitted(int admitted, int denied) {
        List<AnsweredCall> calls = world.calls();
        assertThat(calls.stream().filter(call -> call.answer().admitted()).count()).as("admitted").isEqualTo(admitted);
        assertThat(calls.stream().filter(call -> !call.answer().admitted()).count()).as("denied").isEqualTo(denied);
    }
}
