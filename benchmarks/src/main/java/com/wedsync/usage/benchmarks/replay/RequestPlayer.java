package com.wedsync.usage.benchmarks.replay;

import java.io.PrintStream;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays one request of the log: asks for the decision, records it in the run's {@link DecisionTally}, and hands the
 * call's usage event to the {@link EventBatcher}. A denied call still makes an event, with status 429 and no
 * response bytes: the protected API would have answered 429 instead of its page, and that answer is usage too.
 * Safe to call from every sending thread.
 */
final class RequestPlayer {

    private static final int FAILURES_SHOWN = 5;

    private final UsageMonitorClient client;
    private final Tenants tenants;
    private final EventBatcher batcher;
    private final PrintStream problems;
    private final EndpointNormaliser normaliser = new EndpointNormaliser();
    private final DecisionTally tally = new DecisionTally();
    private final AtomicInteger failuresShown = new AtomicInteger();

    RequestPlayer(UsageMonitorClient client, Tenants tenants, EventBatcher batcher, PrintStream problems) {
        this.client = client;
        this.tenants = tenants;
        this.batcher = batcher;
        this.problems = problems;
    }

    /** The monitor's answer, or null when the decision failed (counted, and the first few reported). */
    DecisionAnswer play(LogRequest request, TimeShift shift) {
        String apiKey = tenants.apiKeyOfClient().get(request.client());
        String endpoint = normaliser.normalise(request.target());
        try {
            DecisionAnswer answer = client.decide(tenants.serviceToken(), apiKey, endpoint, request.method());
            tally.record(request.client(), answer);
            batcher.add(new UsageEventJson(UUID.randomUUID().toString(), apiKey, endpoint, request.method(),
                    answer.allowed() ? request.status() : 429, answer.allowed() ? request.responseBytes() : 0, 0,
                    shift.shifted(request.time()).toString()));
            return answer;
        } catch (ApiCallFailed failed) {
            tally.recordFailure();
            if (failuresShown.getAndIncrement() < FAILURES_SHOWN) {
                problems.println("decision for line " + request.lineNumber() + " failed: " + failed.getMessage());
            }
            return null;
        }
    }

    DecisionTally tally() {
        return tally;
    }
}
