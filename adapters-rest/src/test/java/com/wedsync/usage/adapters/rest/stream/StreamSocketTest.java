package com.wedsync.usage.adapters.rest.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.RestApi;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.adapters.rest.boot.Main;
import com.wedsync.usage.application.live.LiveUsageBoard;
import com.wedsync.usage.application.live.WatchLiveUsageService;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.tenancy.Role;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The live stream through a real socket and the production server, on the test's hand-moved clock. */
@Timeout(30)
class StreamSocketTest {

    private static final long S = TestApp.START.getEpochSecond();

    private final TestApp app = new TestApp();
    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        app.close();
    }

    private int start(RestApi api) {
        server = Main.server(TestApp.settings(1 << 20, 1_000), api).start();
        return server.port();
    }

    @Test
    void anAdminSeesEachSecondOfTheWholeSystemOnceItIsOver() throws IOException {
        int port = start(app.api);
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        try (SseClient admin = SseClient.open(port, "/v1/stream", ADMIN_TOKEN, null)) {
            assertThat(admin.status()).isEqualTo(200);
            assertThat(admin.header("Content-Type")).hasValue("text/event-stream");
            activity();
            app.clock.advance(Duration.ofMillis(1_000));

            SseClient.Event first = admin.next().orElseThrow();

            assertThat(first.name()).isEqualTo("usage");
            assertThat(first.id()).isEqualTo(Long.toString(S));
            assertThat(first.data()).isEqualTo("{\"second\":\"2025-06-02T10:00:00Z\",\"organizationId\":null,"
                    + "\"calls\":3,\"admitted\":4,\"denied\":0,\"errors\":1,\"p95LatencyMs\":30}");
        }
    }

    @Test
    void anOwnerWatchesItsOwnOrganizationOnly() throws IOException {
        int port = start(app.api);
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        try (SseClient owner = SseClient.open(port, "/v1/stream?organizationId=org-a",
                app.token(Role.OWNER, "org-a"), null)) {
            activity();
            app.clock.advance(Duration.ofMillis(1_000));

            JsonNode second = owner.next().orElseThrow().json();

            assertThat(second.path("organizationId").asText()).isEqualTo("org-a");
            assertThat(second.path("calls").asLong()).isEqualTo(2);
            assertThat(second.path("admitted").asLong()).isEqualTo(3);
            assertThat(second.path("errors").asLong()).isEqualTo(1);
            assertThat(second.path("p95LatencyMs").asInt()).isEqualTo(30);
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsTheSecondsItMissed() throws IOException {
        int port = start(app.api);
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        try (SseClient admin = SseClient.open(port, "/v1/stream", ADMIN_TOKEN, null)) {
            app.clock.advance(Duration.ofMillis(1_000));
            assertThat(admin.next().orElseThrow().id()).isEqualTo(Long.toString(S));
        }
        activity();
        app.clock.advance(Duration.ofMillis(2_000));

        try (SseClient resumed = SseClient.open(port, "/v1/stream", ADMIN_TOKEN, Long.toString(S))) {
            SseClient.Event missed = resumed.next().orElseThrow();
            SseClient.Event quiet = resumed.next().orElseThrow();

            assertThat(missed.id()).isEqualTo(Long.toString(S + 1));
            assertThat(missed.json().path("calls").asLong()).isEqualTo(3);
            assertThat(quiet.id()).isEqualTo(Long.toString(S + 2));
            assertThat(quiet.json().path("calls").asLong()).isZero();
        }
    }

    @Test
    void aClientThatFallsTooFarBehindIsToldAndDroppedAndResumesWhereItStopped() throws IOException {
        LiveUsageBoard smallBuffers = new LiveUsageBoard(app.clock, 60, 4);
        int port = start(withLiveUsage(app.api, new WatchLiveUsageService(new TenantDirectory(app.database.apiKeys(),
                app.database.organizations(), app.database.tiers(), app.clock, Duration.ZERO), smallBuffers)));
        try (SseClient behind = SseClient.open(port, "/v1/stream", ADMIN_TOKEN, null)) {
            app.clock.advance(Duration.ofSeconds(10));

            for (long second = S; second < S + 4; second++) {
                assertThat(behind.next().orElseThrow().id()).isEqualTo(Long.toString(second));
            }
            assertThat(behind.next().orElseThrow().name()).isEqualTo("overflow");
            assertThat(behind.next()).isEmpty();
            assertThat(smallBuffers.subscribers()).isZero();
        }
        // Six seconds missed, four buffered: it catches up four at a time.
        try (SseClient resumed = SseClient.open(port, "/v1/stream", ADMIN_TOKEN, Long.toString(S + 3))) {
            for (long second = S + 4; second < S + 8; second++) {
                assertThat(resumed.next().orElseThrow().id()).isEqualTo(Long.toString(second));
            }
            assertThat(resumed.next().orElseThrow().name()).isEqualTo("overflow");
        }
    }

    @Test
    void refusalsAreProblemsBeforeTheStreamStarts() throws IOException {
        int port = start(app.api);
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        assertProblem(SseClient.open(port, "/v1/stream", app.token(Role.OWNER, "org-a"), null), 403, "forbidden");
        assertProblem(SseClient.open(port, "/v1/stream?organizationId=org-b", app.token(Role.VIEWER, "org-a"), null),
                404, "not-found");
        assertProblem(SseClient.open(port, "/v1/stream?organizationId=nowhere", ADMIN_TOKEN, null), 404, "not-found");
        assertProblem(SseClient.open(port, "/v1/stream", app.token(Role.SERVICE, null), null), 403, "forbidden");
        assertProblem(SseClient.open(port, "/v1/stream", ADMIN_TOKEN, "yesterday"), 400, "invalid-request");
        assertProblem(SseClient.open(port, "/v1/stream?organizationId=no%20such", ADMIN_TOKEN, null), 400,
                "invalid-request");
        assertProblem(SseClient.open(port, "/v1/stream", "wsm_nobody", null), 401, "unauthorized");
    }

    private static void assertProblem(SseClient client, int status, String slug) throws IOException {
        try (client) {
            assertThat(client.status()).isEqualTo(status);
            assertThat(client.header("Content-Type")).hasValue("application/problem+json");
            assertThat(client.remainingBody()).contains("\"type\":\"/problems/" + slug + "\"");
        }
    }

    /**
     * In org-a: 2 events (a 200 of 10 ms, a 500 of 30 ms), the first sent twice, 3 decisions and a dry run, which
     * counts nowhere; in org-b one event of 20 ms and one decision.
     */
    private void activity() {
        String service = app.token(Role.SERVICE, null);
        String repeated = UUID.randomUUID().toString();
        app.http.post("/v1/usage-events", service, "{\"events\":[" + event(repeated, "org-a", 200, 10) + ","
                + event(UUID.randomUUID().toString(), "org-a", 500, 30) + ","
                + event(UUID.randomUUID().toString(), "org-b", 200, 20) + "]}");
        app.http.post("/v1/usage-events", service, "{\"events\":[" + event(repeated, "org-a", 200, 10) + "]}");
        for (String organization : new String[] {"org-a", "org-a", "org-a", "org-b"}) {
            app.http.post("/v1/decisions", service, "{\"organizationId\":\"" + organization
                    + "\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"}");
        }
        app.http.post("/v1/decisions", service,
                "{\"organizationId\":\"org-a\",\"endpoint\":\"/v1/x\",\"method\":\"GET\",\"dryRun\":true}");
    }

    private static String event(String id, String organization, int status, int latencyMs) {
        return "{\"eventId\":\"" + id + "\",\"organizationId\":\"" + organization + "\",\"endpoint\":\"/v1/clients\","
                + "\"method\":\"GET\",\"status\":" + status + ",\"latencyMs\":" + latencyMs + ",\"occurredAt\":\""
                + TestApp.START + "\"}";
    }

    private static RestApi withLiveUsage(RestApi api, WatchLiveUsageService liveUsage) {
        return new RestApi(api.authentication(), api.decideCall(), api.recordUsage(), api.queryUsage(),
                api.querySystemUsage(), api.usageExport(), liveUsage, api.organizations(), api.apiKeys(),
                api.tokens(), api.tiers(), api.incidents(), api.alertRules(), api.usageThresholds(), api.ruleStatuses(),
                api.silences(), api.health(), api.metrics(), api.clock(), api.maxBodyBytes());
    }
}
