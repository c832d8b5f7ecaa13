package com.wedsync.usage.adapters.rest.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IngestRoutingTest {

    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final int MAX_BATCH_EVENTS = 5;

    private static TestApp app;
    private static String service;

    @BeforeAll
    static void start() {
        app = new TestApp(TestApp.settings(MAX_BODY_BYTES, MAX_BATCH_EVENTS));
        app.organization("shop", "FREE");
        app.organization("quiet", "FREE");
        service = app.token(Role.SERVICE, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static String event(String organization, String extra) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"organizationId\":\"" + organization + "\","
                + "\"endpoint\":\"/v1/clients/{id}\",\"method\":\"GET\",\"status\":200,\"latencyMs\":12,"
                + "\"requestBytes\":10,\"responseBytes\":300,\"occurredAt\":\"" + TestApp.START + "\"" + extra + "}";
    }

    private static Answer ingest(String... events) {
        return app.http.post("/v1/usage-events", service, "{\"events\":[" + String.join(",", events) + "]}");
    }

    private static long callsOf(String organization) {
        String range = "?from=" + TestApp.START.minusSeconds(3600) + "&to=" + TestApp.START.plusSeconds(3600);
        return app.http.get("/v1/organizations/" + organization + "/usage" + range, TestApp.ADMIN_TOKEN)
                .json().path("totals").path("calls").asLong();
    }

    @Test
    void acceptsABatchAndReportsRepeatsAsDuplicates() {
        String repeated = event("shop", "");

        Answer first = ingest(repeated, event("shop", ""));
        Answer second = ingest(repeated);

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().path("accepted").asInt()).isEqualTo(2);
        assertThat(first.json().path("duplicates").asInt()).isZero();
        assertThat(first.json().path("rejected")).isEmpty();
        assertThat(second.json().path("accepted").asInt()).isZero();
        assertThat(second.json().path("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void anEventWithAFieldOfTheWrongTypeIsRejectedAloneAndTheRestGoIn() {
        Answer answer = ingest(event("shop", "").replace("\"status\":200", "\"status\":\"200\""),
                event("shop", "").replace("\"latencyMs\":12", "\"latencyMs\":1.5"),
                "42", event("shop", ""));

        assertThat(answer.status()).isEqualTo(202);
        JsonNode result = answer.json();
        assertThat(result.path("accepted").asInt()).isEqualTo(1);
        assertThat(result.path("rejected")).hasSize(3);
        assertThat(result.path("rejected").get(0).path("index").asInt()).isZero();
        assertThat(result.path("rejected").get(0).path("reason").asText()).isEqualTo("invalid_field");
        assertThat(result.path("rejected").get(0).path("detail").asText()).contains("'status'");
        assertThat(result.path("rejected").get(1).path("detail").asText()).contains("'latencyMs'");
        assertThat(result.path("rejected").get(2).path("index").asInt()).isEqualTo(2);
    }

    @Test
    void byteCountsAboveOneTebibyteAreRejectedSoThatNoSumCanOverflow() {
        String organization = "bytes-" + UUID.randomUUID();
        app.organization(organization, "FREE");

        Answer answer = ingest(event(organization, "").replace("\"responseBytes\":300",
                        "\"responseBytes\":9223372036854775807"),
                event(organization, "").replace("\"requestBytes\":10", "\"requestBytes\":1099511627777"),
                event(organization, "").replace("\"responseBytes\":300", "\"responseBytes\":1099511627776"));

        JsonNode result = answer.json();
        assertThat(result.path("accepted").asInt()).isEqualTo(1);
        assertThat(result.path("rejected").findValuesAsText("reason")).containsExactly("invalid_field",
                "invalid_field");
        assertThat(result.path("rejected").get(0).path("detail").asText()).contains("'responseBytes'");
        assertThat(callsOf(organization)).isEqualTo(1);
    }

    @Test
    void aKeyRevokedAfterAnEventOccurredStillCountsThatEventButNoLaterOne() {
        try (TestApp own = new TestApp()) {
            own.organization("late", "FREE");
            JsonNode key = own.http.post("/v1/organizations/late/api-keys", TestApp.ADMIN_TOKEN, "{}").json();
            String byKey = "\"organizationId\":\"late\"";
            String keyed = "\"apiKey\":\"" + key.path("secret").asText() + "\"";
            own.clock.advance(Duration.ofSeconds(10));
            own.http.delete("/v1/api-keys/" + key.path("id").asText(), TestApp.ADMIN_TOKEN);

            String before = event("late", "").replace(byKey, keyed);
            String after = event("late", "").replace(byKey, keyed)
                    .replace(TestApp.START.toString(), TestApp.START.plusSeconds(20).toString());
            JsonNode result = own.http.post("/v1/usage-events", own.token(Role.SERVICE, null),
                    "{\"events\":[" + before + "," + after + "]}").json();

            assertThat(result.path("accepted").asInt()).isEqualTo(1);
            assertThat(result.path("rejected").findValuesAsText("reason")).containsExactly("unknown_key");
            assertThat(result.path("rejected").get(0).path("index").asInt()).isEqualTo(1);
        }
    }

    @Test
    void eventsOfUnknownOrganizationsOrKeysOrWithBadFieldsAreRejectedWithReasons() {
        Answer answer = ingest(event("nobody", ""),
                event("shop", "").replace("\"organizationId\":\"shop\"", "\"apiKey\":\"wsk_nope\""),
                event("shop", "").replace("/v1/clients/{id}", "/v1/\\u0001"),
                event("shop", "").replace("/v1/clients/{id}", "/" + "e".repeat(10_000)));

        JsonNode rejected = answer.json().path("rejected");
        assertThat(rejected.findValuesAsText("reason"))
                .containsExactly("unknown_organization", "unknown_key", "invalid_field", "invalid_field");
        assertThat(rejected.get(3).path("detail").asText()).hasSizeLessThan(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"events\":{}}", "{\"events\":\"many\"}", "{\"events\":null}", "[]",
            "{\"events\":[], \"extra\":1}", "{\"events\":[", "not json"})
    void aBodyWithoutAnEventsArrayIsABadRequest(String body) {
        app.http.post("/v1/usage-events", service, body).isProblem(400, "invalid-request");
    }

    @Test
    void anUnknownPropertyInAnEventRejectsThatEventAloneAndTheRestGoesIn() {
        app.organization("typos", "FREE");
        Answer answer = ingest(event("typos", ""), event("typos", ",\"latency\":3"));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(1);
        assertThat(answer.json().path("rejected").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(answer.json().path("rejected").get(0).path("reason").asText()).isEqualTo("invalid_field");
        assertThat(answer.json().path("rejected").get(0).path("detail").asText())
                .isEqualTo("unknown property \"latency\"");
        assertThat(callsOf("typos")).isEqualTo(1);
    }

    @Test
    void anEventNamingBothAKeyAndAnOrganizationIsRejected() {
        app.organization("both", "FREE");
        Answer answer = ingest(event("both", "").replace("\"organizationId\":\"both\"",
                "\"organizationId\":\"both\",\"apiKey\":\"wsk_whatever\""));

        assertThat(answer.json().path("rejected").get(0).path("reason").asText()).isEqualTo("invalid_field");
        assertThat(callsOf("both")).isZero();
    }

    /** A body must be UTF-8 (RFC 8259): one that is not is refused whole, saying so, and nothing of it is stored. */
    @Test
    void aBodyThatIsNotUtf8IsABadRequestAndStoresNothing() {
        String body = "{\"events\":[" + event("quiet", "") + "," + event("qu#et", "") + "]}";
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes[body.indexOf('#')] = (byte) 0xff;

        Answer answer = app.http.postBytes("/v1/usage-events", service, bytes);

        answer.isProblem(400, "invalid-request");
        assertThat(answer.detail()).isEqualTo("the body is not valid UTF-8 (byte " + body.indexOf('#') + ")");
        assertThat(callsOf("quiet")).isZero();
    }

    @Test
    void aBodyOverTheByteLimitIsTooLargeAndStoresNothing() {
        String padded = event("quiet", "").replace("/v1/clients/{id}", "/" + "p".repeat(MAX_BODY_BYTES));

        ingest(event("quiet", ""), padded).isProblem(413, "payload-too-large");

        assertThat(callsOf("quiet")).isZero();
    }

    @Test
    void aBatchOverTheEventLimitIsTooLargeAndStoresNothing() {
        String[] events = IntStream.range(0, MAX_BATCH_EVENTS + 1).mapToObj(i -> event("quiet", ""))
                .toArray(String[]::new);

        ingest(events).isProblem(413, "payload-too-large");

        assertThat(callsOf("quiet")).isZero();
    }

    @Test
    void aBatchAtTheEventLimitGoesIn() {
        app.organization("busy", "FREE");
        String events = IntStream.range(0, MAX_BATCH_EVENTS).mapToObj(i -> event("busy", ""))
                .collect(Collectors.joining(","));

        Answer answer = app.http.post("/v1/usage-events", service, "{\"events\":[" + events + "]}");

        assertThat(answer.json().path("accepted").asInt()).isEqualTo(MAX_BATCH_EVENTS);
        assertThat(callsOf("busy")).isEqualTo(MAX_BATCH_EVENTS);
    }

    @Test
    void onlyServicesAndAdminsMayRecordUsage() {
        String viewer = app.token(Role.VIEWER, "shop");

        app.http.post("/v1/usage-events", viewer, "{\"events\":[]}").isProblem(403, "forbidden");
        app.http.post("/v1/usage-events", null, "{\"events\":[]}").isProblem(401, "unauthorized");
    }
}
