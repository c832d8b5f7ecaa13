package com.wedsync.usage.adapters.rest.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.HttpCalls;
import com.wedsync.usage.adapters.rest.TestApp;
import io.helidon.config.Config;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The same routes through a real socket and the production server setup (size limit, direct handlers). */
class ServerRoundTripTest {

    private static final int MAX_BODY_BYTES = 8 * 1024;

    private static TestApp app;
    private static WebServer server;
    private static HttpCalls socket;

    @BeforeAll
    static void start() {
        app = new TestApp(TestApp.settings(MAX_BODY_BYTES, 100));
        server = UsageMonitor.server(TestApp.settings(MAX_BODY_BYTES, 100), Config.empty(), app.api).start();
        socket = new HttpCalls(Http1Client.builder().baseUri("http://localhost:" + server.port()).build());
    }

    @AfterAll
    static void stop() {
        socket.close();
        server.stop();
        app.close();
    }

    @Test
    void anOrganizationItsKeyADecisionAndItsUsageRoundTrip() {
        socket.post("/v1/organizations", ADMIN_TOKEN, "{\"id\":\"wire-org\",\"name\":\"Wire\"}");
        String service = socket.post("/v1/tokens", ADMIN_TOKEN, "{\"role\":\"service\"}").json().path("secret").asText();
        String key = socket.post("/v1/organizations/wire-org/api-keys", ADMIN_TOKEN, "{}").json().path("secret").asText();

        Answer decision = socket.post("/v1/decisions", service,
                "{\"apiKey\":\"" + key + "\",\"endpoint\":\"/v1/clients/{id}\",\"method\":\"GET\",\"cost\":2}");
        Answer ingest = socket.post("/v1/usage-events", service, "{\"events\":[{\"eventId\":\"" + UUID.randomUUID()
                + "\",\"apiKey\":\"" + key + "\",\"endpoint\":\"/v1/clients/{id}\",\"method\":\"GET\",\"status\":201,"
                + "\"occurredAt\":\"" + TestApp.START + "\"}]}");
        JsonNode usage = socket.get("/v1/organizations/wire-org/usage?from=2025-06-02T00:00:00Z"
                + "&to=2025-06-03T00:00:00Z", ADMIN_TOKEN).json();

        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.json().path("allowed").asBoolean()).isTrue();
        assertThat(decision.header("RateLimit")).hasValue("\"minute\";r=3;t=60");
        assertThat(ingest.status()).isEqualTo(202);
        assertThat(ingest.json().path("accepted").asInt()).isEqualTo(1);
        assertThat(usage.path("totals").path("calls").asLong()).isEqualTo(1);
        assertThat(usage.path("statusBreakdown").path("201").asLong()).isEqualTo(1);
        assertThat(usage.path("quotaToday").path("used").asLong()).isEqualTo(2);
    }

    @Test
    void anOversizedBodyIsAProblemOverTheWireToo() {
        String padding = "x".repeat(MAX_BODY_BYTES);

        socket.post("/v1/usage-events", ADMIN_TOKEN, "{\"events\":[],\"pad\":\"" + padding + "\"}")
                .isProblem(413, "payload-too-large");
    }

    @Test
    void unknownRoutesAndPublicProbesBehaveOverTheWire() {
        socket.get("/nowhere", ADMIN_TOKEN).isProblem(404, "not-found");
        assertThat(socket.get("/health/ready", null).status()).isEqualTo(200);
        assertThat(socket.get("/v1/ping", null).body()).isEqualTo("{\"pong\":true}");
    }

    @Test
    void anHttp10RequestIsRefusedAsAVersionNotSupportedProblem() throws IOException {
        String answer = raw("GET /v1/ping HTTP/1.0\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 505");
        assertThat(answer).contains("application/problem+json", "/problems/http-version-not-supported");
    }

    @Test
    void aMalformedChunkSizeIsABadRequestThatShowsNoParserMessage() throws IOException {
        String answer = raw("POST /v1/usage-events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + ADMIN_TOKEN + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("/problems/invalid-request").doesNotContain("radix", "For input string");
    }

    @Test
    void aBodyShorterThanItsContentLengthIsABadRequest() throws IOException {
        String answer = raw("POST /v1/usage-events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + ADMIN_TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"events\":[]}",
                true);

        assertThat(answer).startsWith("HTTP/1.1 400").contains("/problems/invalid-request");
    }

    @Test
    void aBodyWithoutAContentTypeIsReadAsJsonAndAnotherTypeIsRefused() throws IOException {
        String untyped = raw(postOrganization("", "{\"id\":\"untyped\",\"name\":\"U\"}"));
        String text = raw(postOrganization("Content-Type: text/plain\r\n", "{\"id\":\"text\",\"name\":\"T\"}"));

        assertThat(untyped).startsWith("HTTP/1.1 201");
        assertThat(text).startsWith("HTTP/1.1 415").contains("/problems/unsupported-media-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {";;;", ";"})
    void aContentTypeOfNothingButSeparatorsIsRefusedNotAFailure(String contentType) throws IOException {
        // A client library would not send these; the service must still answer 415, not 500 (it once did).
        String answer = raw(postOrganization("Content-Type: " + contentType + "\r\n", "{\"id\":\"semi\",\"name\":\"S\"}"));

        assertThat(answer).startsWith("HTTP/1.1 415").contains("/problems/unsupported-media-type");
    }

    @Test
    void aTransferCodingOtherThanChunkedIsABadRequest() throws IOException {
        String answer = raw("GET /v1/ping HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                + "0\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("/problems/invalid-request");
    }

    @Test
    void headGetsTheStatusAndHeadersButNoBody() throws IOException {
        String live = raw("HEAD /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String tiers = raw("HEAD /v1/tiers HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(live).startsWith("HTTP/1.1 200").endsWith("\r\n\r\n");
        assertThat(tiers).startsWith("HTTP/1.1 401").endsWith("\r\n\r\n");
    }

    private static String postOrganization(String contentType, String body) {
        return "POST /v1/organizations HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN_TOKEN + "\r\n"
                + contentType + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
    }

    /** Writes {@code request} as it is on a new connection and reads everything the server answers. */
    private static String raw(String request) throws IOException {
        return raw(request, false);
    }

    /** With {@code endOfInput}, the client then closes its side, as one whose body is cut short does. */
    private static String raw(String request, boolean endOfInput) throws IOException {
        try (Socket connection = new Socket("localhost", server.port())) {
            connection.setSoTimeout(5_000);
            connection.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            connection.getOutputStream().flush();
            if (endOfInput) {
                connection.shutdownOutput();
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                connection.getInputStream().transferTo(answer);
            } catch (SocketTimeoutException keptOpen) {
                // the server keeps the connection: what arrived is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
