package com.wedsync.usage.acceptance.production;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.acceptance.http.JsonHttp;
import com.wedsync.usage.application.testsupport.ExternalServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service nodes on different ports, sharing one PostgreSQL database and one Redis, whose process clocks are
 * 5 s ahead and 5 s behind: whichever node a call reaches, the organization's limits are one set of counters
 * (CASES L1 across nodes), and the skew changes no answer.
 */
class TwoNodesShareOneTruthTest {

    private static final Duration SKEW = Duration.ofSeconds(5);
    private static final int SIMULTANEOUS_CALLS = 50;

    private static FreshDatabase database;
    private static ServiceNode ahead;
    private static ServiceNode behind;
    private static JsonHttp toAhead;
    private static JsonHttp toBehind;
    private static String serviceToken;

    @BeforeAll
    static void startTwoNodes() {
        String redisUrl = ExternalServers.requireRedis();
        database = FreshDatabase.create("usage_two_nodes_");
        ahead = ServiceNode.start(database.url(), redisUrl, Clock.offset(Clock.systemUTC(), SKEW), 2);
        behind = ServiceNode.start(database.url(), redisUrl, Clock.offset(Clock.systemUTC(), SKEW.negated()), 2);
        toAhead = new JsonHttp(ahead.base());
        toBehind = new JsonHttp(behind.base());
        serviceToken = toAhead.send("POST", "/v1/tokens", Map.of("role", "service"), ServiceNode.ADMIN_TOKEN, 201)
                .body().path("secret").asText();
    }

    @AfterAll
    static void stopThem() {
        for (AutoCloseable closeable : new AutoCloseable[] {ahead, behind, database}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // the next one is still closed
            }
        }
    }

    @Test
    void fiftySimultaneousCallsSplitBetweenTheNodesAdmitExactlyTheFreeTiersFive() throws Exception {
        String organization = freeOrganization();
        List<JsonNode> answers = simultaneousDecisions(organization);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.path("degraded").asBoolean()).isFalse());
        assertThat(answers.stream().filter(answer -> answer.path("allowed").asBoolean())).hasSize(5);
        assertThat(answers.stream().filter(answer -> !answer.path("allowed").asBoolean())).hasSize(45);
        assertThat(quotaUsedToday(toAhead, organization)).isEqualTo(5);
        assertThat(quotaUsedToday(toBehind, organization)).isEqualTo(5);
    }

    @Test
    void callsAlternatingBetweenNodesTenSecondsApartCountDownOneMinute() throws InterruptedException {
        String organization = freeOrganization();
        List<Boolean> allowed = new ArrayList<>();
        List<Long> minuteRemaining = new ArrayList<>();
        List<Long> dailyReset = new ArrayList<>();
        for (int call = 0; call < 7; call++) {
            JsonNode answer = decide(call % 2 == 0 ? toAhead : toBehind, organization);
            allowed.add(answer.path("allowed").asBoolean());
            minuteRemaining.add(limit(answer, "minute").path("remaining").asLong());
            dailyReset.add(limit(answer, "daily").path("resetSeconds").asLong());
            Thread.sleep(250);
        }

        assertThat(allowed).containsExactly(true, true, true, true, true, false, false);
        assertThat(minuteRemaining).containsExactly(4L, 3L, 2L, 1L, 0L, 0L, 0L);
        // Seven calls 250 ms apart span under 2 s: with the nodes' own clocks the day's end would jump by 10 s
        // from one call to the next; on Redis's clock it only counts down.
        for (int call = 1; call < dailyReset.size(); call++) {
            assertThat(dailyReset.get(call)).isBetween(dailyReset.get(call - 1) - 2, dailyReset.get(call - 1));
        }
    }

    private static List<JsonNode> simultaneousDecisions(String organization) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService callers = Executors.newFixedThreadPool(SIMULTANEOUS_CALLS)) {
            List<Future<JsonNode>> calls = new ArrayList<>();
            for (int caller = 0; caller < SIMULTANEOUS_CALLS; caller++) {
                JsonHttp node = caller % 2 == 0 ? toAhead : toBehind;
                calls.add(callers.submit(() -> {
                    start.await();
                    return decide(node, organization);
                }));
            }
            start.countDown();
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> call : calls) {
                answers.add(call.get());
            }
            return answers;
        }
    }

    private static String freeOrganization() {
        String id = "two-nodes-" + UUID.randomUUID();
        toAhead.send("POST", "/v1/organizations", Map.of("id", id, "name", "Two nodes", "tier", "FREE"),
                ServiceNode.ADMIN_TOKEN, 201);
        return id;
    }

    private static JsonNode decide(JsonHttp node, String organization) {
        return node.send("POST", "/v1/decisions",
                Map.of("organizationId", organization, "endpoint", "/v1/clients/{id}", "method", "GET"),
                serviceToken, 200).body();
    }

    private static long quotaUsedToday(JsonHttp node, String organization) {
        return node.send("GET", "/v1/organizations/" + organization + "/usage", null, ServiceNode.ADMIN_TOKEN, 200)
                .body().path("quotaToday").path("used").asLong();
    }

    private static JsonNode limit(JsonNode answer, String name) {
        for (JsonNode limit : answer.path("limits")) {
            if (limit.path("name").asText().equals(name)) {
                return limit;
            }
        }
        throw new AssertionError("no '" + name + "' limit in " + answer);
    }
}
