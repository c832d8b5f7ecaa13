package com.wedsync.usage.adapters.rest.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.wedsync.usage.adapters.rest.decision.DecisionBodies.byOrganization;
import static org.assertj.core.api.Assertions.assertThat;

/** What a decision answers: the body of §2.3 and its rate-limit headers. */
class DecisionAnswerRoutingTest {

    private static TestApp app;
    private static String service;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("free-org", "FREE");
        app.organization("calm-org", "FREE");
        app.organization("probe-org", "FREE");
        app.organization("big-org", "ENTERPRISE");
        service = app.token(Role.SERVICE, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Answer decide(String body) {
        return app.http.post("/v1/decisions", service, body);
    }

    @Test
    void admitsACallOfAKnownOrganizationAndReportsEveryFiniteLimit() {
        Answer answer = decide(byOrganization("calm-org", ""));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).hasValue("application/json");
        JsonNode decision = answer.json();
        assertThat(decision.path("allowed").asBoolean()).isTrue();
        assertThat(decision.path("organizationId").asText()).isEqualTo("calm-org");
        assertThat(decision.path("tier").asText()).isEqualTo("FREE");
        assertThat(decision.path("limits")).hasSize(3);
        assertThat(decision.path("limits").get(0).path("name").asText()).isEqualTo("daily");
        assertThat(decision.path("limits").get(0).path("remaining").asLong()).isEqualTo(99);
        assertThat(decision.path("violated")).isEmpty();
        assertThat(decision.has("reason")).isFalse();
        assertThat(decision.has("retryAfterSeconds")).isFalse();
        assertThat(decision.path("degraded").asBoolean()).isFalse();
    }

    @Test
    void admitsACallNamedByItsApiKey() {
        String key = app.apiKey("calm-org");

        Answer answer = decide("{\"apiKey\":\"" + key + "\",\"endpoint\":\"/v1/x\",\"method\":\"POST\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("organizationId").asText()).isEqualTo("calm-org");
    }

    @Test
    void fiveAdmittedThenOneDeniedCarryExactRateLimitHeaders() {
        for (int call = 1; call <= 5; call++) {
            Answer admitted = decide(byOrganization("free-org", ""));
            assertThat(admitted.json().path("allowed").asBoolean()).isTrue();
        }
        Answer denied = decide(byOrganization("free-org", ""));

        assertThat(denied.status()).isEqualTo(200);
        JsonNode decision = denied.json();
        assertThat(decision.path("allowed").asBoolean()).isFalse();
        assertThat(decision.path("reason").asText()).isEqualTo("limit_exceeded");
        assertThat(decision.path("violated").toString()).isEqualTo("[\"minute\",\"burst\"]");
        assertThat(decision.path("retryAfterSeconds").asLong()).isEqualTo(60);
        assertThat(denied.header("RateLimit-Policy"))
                .hasValue("\"daily\";q=100;w=86400, \"minute\";q=5;w=60, \"burst\";q=5;w=1");
        assertThat(denied.header("RateLimit")).hasValue("\"minute\";r=0;t=60");
        assertThat(denied.header("Retry-After")).hasValue("60");
        assertThat(denied.header("X-RateLimit-Limit")).hasValue("5");
        assertThat(denied.header("X-RateLimit-Remaining")).hasValue("0");
        assertThat(denied.header("X-RateLimit-Reset")).hasValue("60");
    }

    @Test
    void anAdmittedCallReportsItsTightestLimitWithoutRetryAfter() {
        app.organization("tight-org", "FREE");

        Answer admitted = decide(byOrganization("tight-org", ""));

        assertThat(admitted.header("RateLimit")).hasValue("\"minute\";r=4;t=60");
        assertThat(admitted.header("X-RateLimit-Remaining")).hasValue("4");
        assertThat(admitted.header("Retry-After")).isEmpty();
    }

    @Test
    void aDryRunConsumesNothing() {
        Answer dryRun = decide(byOrganization("probe-org", ",\"dryRun\":true"));
        Answer real = decide(byOrganization("probe-org", ""));

        assertThat(dryRun.json().path("allowed").asBoolean()).isTrue();
        assertThat(real.json().path("limits").get(0).path("remaining").asLong()).isEqualTo(99);
    }

    @Test
    void unlimitedLimitsAreNeitherListedNorInTheHeaders() {
        Answer answer = decide(byOrganization("big-org", ""));

        assertThat(answer.json().path("limits")).hasSize(1);
        assertThat(answer.header("RateLimit-Policy")).hasValue("\"burst\";q=100;w=1");
    }

    @Test
    void aCostAboveEveryLimitIsDeniedForGoodWithoutRetryTime() {
        Answer answer = decide(byOrganization("calm-org", ",\"cost\":1000"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("allowed").asBoolean()).isFalse();
        assertThat(answer.json().path("reason").asText()).isEqualTo("cost_exceeds_limit");
        assertThat(answer.json().has("retryAfterSeconds")).isFalse();
        assertThat(answer.header("Retry-After")).isEmpty();
    }
}
