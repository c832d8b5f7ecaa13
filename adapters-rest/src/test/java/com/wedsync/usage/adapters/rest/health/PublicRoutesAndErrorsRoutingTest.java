package com.wedsync.usage.adapters.rest.health;

import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.HttpCalls;
import com.wedsync.usage.adapters.rest.TestApp;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class PublicRoutesAndErrorsRoutingTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = new TestApp();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void probesAndPingNeedNoToken() {
        Answer live = app.http.get("/health/live", null);
        Answer ready = app.http.get("/health/ready", null);
        Answer ping = app.http.get("/v1/ping", null);

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ping.body()).isEqualTo("{\"pong\":true}");
        assertThat(ping.header("Content-Type")).hasValue("application/json");
    }

    @Test
    void readinessIsServiceUnavailableWhileTheDatabaseDoesNotAnswer() {
        HttpRouting.Builder routing = HttpRouting.builder()
                .register("/health", new HealthHttpService(() -> HealthStatus.of(false, false)));
        HttpCalls calls = new HttpCalls(new DirectClient(routing));

        Answer ready = calls.get("/health/ready", null);
        Answer live = calls.get("/health/live", null);
        calls.close();

        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(live.status()).isEqualTo(200);
    }

    @Test
    void readinessStaysUpButSaysDegradedWhileTheCountersAreLocal() {
        HttpRouting.Builder routing = HttpRouting.builder()
                .register("/health", new HealthHttpService(() -> HealthStatus.of(true, true)));
        HttpCalls calls = new HttpCalls(new DirectClient(routing));

        Answer ready = calls.get("/health/ready", null);
        calls.close();

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"DEGRADED\"}");
    }

    @Test
    void aDatabaseThatDoesNotAnswerOutweighsDegradedCounters() {
        assertThat(HealthStatus.of(false, true)).isEqualTo(HealthStatus.DOWN);
        assertThat(HealthStatus.of(true, false)).isEqualTo(HealthStatus.UP);
    }

    @Test
    void probesAndPingAnswerOnlyGet() {
        app.http.post("/health/live", null, "{}").isProblem(405, "method-not-allowed");
        Answer ping = app.http.post("/v1/ping", null, "{}");
        ping.isProblem(405, "method-not-allowed");
        assertThat(ping.header("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void aWrongOrMalformedTokenIsUnauthorized() {
        app.http.get("/v1/tiers", "wsm_notAToken").isProblem(401, "unauthorized");
        app.http.get("/v1/tiers", "x".repeat(1_000)).isProblem(401, "unauthorized");
        Answer basic = app.http.call(Method.GET, "/v1/tiers", null, null);
        assertThat(basic.header("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        Answer answer = app.http.get("/v1/nothing-here", ADMIN_TOKEN);

        answer.isProblem(404, "not-found");
        assertThat(answer.json().path("instance").asText()).isEqualTo("/v1/nothing-here");
    }

    @Test
    void anUnsupportedMethodOnAKnownPathIsAMethodNotAllowedProblem() {
        Answer answer = app.http.delete("/v1/organizations", ADMIN_TOKEN);

        answer.isProblem(405, "method-not-allowed");
        assertThat(answer.header("Allow")).hasValue("GET, POST");
    }
}
