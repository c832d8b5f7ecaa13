package com.wedsync.usage.acceptance.steps;

import com.wedsync.usage.acceptance.world.BatchAnswer;
import com.wedsync.usage.acceptance.world.EventToRecord;
import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.java.en.When;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Many calls of known latencies at once, too many for a table, sent as the service sends them: in batches. */
public final class LatencySteps {

    private static final int BATCH = 500;

    private final ScenarioWorld world;

    public LatencySteps(ScenarioWorld world) {
        this.world = world;
    }

    @When("{int} calls of {int} ms each are recorded for {string} at {instant}")
    public void callsOfOneLatency(int calls, int latencyMs, String organization, Instant at) {
        record(IntStream.range(0, calls).mapToObj(call -> call(organization, latencyMs, at)).toList());
    }

    @When("calls of 1 to {int} ms, one of each, are recorded for {string} at {instant}")
    public void callsOfEachLatency(int slowest, String organization, Instant at) {
        record(IntStream.rangeClosed(1, slowest).mapToObj(latency -> call(organization, latency, at)).toList());
    }

    private void record(List<EventToRecord> events) {
        for (int start = 0; start < events.size(); start += BATCH) {
            List<EventToRecord> batch = events.subList(start, Math.min(events.size(), start + BATCH));
            assertThat(world.monitor().record(batch)).as("every call of the batch stored")
                    .isEqualTo(new BatchAnswer(batch.size(), 0, 0));
        }
    }

    private static EventToRecord call(String organization, int latencyMs, Instant at) {
        return new EventToRecord(UUID.randomUUID(), organization, "/v1/weddings/{id}", "GET", 200, latencyMs, at);
    }
}
