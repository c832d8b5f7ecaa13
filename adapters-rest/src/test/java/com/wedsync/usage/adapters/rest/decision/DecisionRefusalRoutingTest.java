package com.wedsync.usage.adapters.rest.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.wedsync.usage.adapters.rest.decision.DecisionBodies.byOrganization;
import static org.assertj.core.api.Assertions.assertThat;

/** What a decision refuses: bad input, unknown subjects, wrong credentials, each a problem that consumes nothing. */
class DecisionRefusalRoutingTest {

    private static TestApp app;
    private static String service;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("calm-org", "FREE");
        service = app.token(Role.SERVICE, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Answer decide(String body) {
        return app.http.post("/v1/decisions", service, body);
    }

    @ParameterizedTest
    @ValueSource(strings = {",\"cost\":0", ",\"cost\":-3", ",\"cost\":1.5", ",\"cost\":\"2\"", ",\"cost\":true",
            ",\"dryRun\":\"yes\"", ",\"dryRun\":1", ",\"cost\":99999999999999999999999"})
    void aCostOrFlagOfTheWrongKindIsABadRequestThatConsumesNothing(String extra) {
        decide(byOrganization("calm-org", extra)).isProblem(400, "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"endpoint\":\"/v1/x\",\"method\":\"GET\"}",
            "{\"organizationId\":\"calm-org\",\"apiKey\":\"wsk_x\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"}",
            "{\"organizationId\":\"calm-org\",\"method\":\"GET\"}",
            "{\"organizationId\":\"calm-org\",\"endpoint\":\"/v1/x\"}",
            "{\"organizationId\":\"calm-org\",\"endpoint\":\"/v1/x\",\"method\":\"FETCH\"}",
            "{\"organizationId\":\"calm-org\",\"endpoint\":\"v1/no-slash\",\"method\":\"GET\"}",
            "{\"organizationId\":\"calm-org\",\"endpoint\":\"/v1/x?id=3\",\"method\":\"GET\"}",
            "{\"organizationId\":\"calm-org\",\"endpoint\":\"/v1/\\u0001x\",\"method\":\"GET\"}",
            "{\"organizationId\":\"calm\\u0000org\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"}",
            "{\"apiKey\":\"wsk_\\u0007\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"}",
            "{\"organizationId\":\"calm-org\",\"endpoint\":\"/v1/x\",\"method\":\"GET\",\"costs\":2}",
            "{\"organizationId\":\"calm-org\",\"endpoint\":[],\"method\":\"GET\"}",
            "{\"organizationId\":\"calm-org\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"",
            "{\"organizationId\":\"calm-org\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"} trailing",
            "{\"organizationId\":\"calm-org\",\"organizationId\":\"calm-org\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"}",
            "[]",
            "null",
            "not json at all",
            "   "})
    void malformedMistypedOrIncompleteBodiesAreBadRequests(String body) {
        decide(body).isProblem(400, "invalid-request");
    }

    /**
     * A body must be UTF-8: bytes that are not, an overlong form that spells '/' (which Jackson alone would read as
     * '/'), a surrogate or a code point above U+10FFFF, are refused, saying where, and consume nothing.
     */
    @ParameterizedTest
    @CsvSource({"ff fe, 0", "c0 af, 0", "e0 80 af, 0", "ed a0 80, 0", "f4 90 80 80, 0", "e2 82, 0", "00, 0",
            "c3 a9 00, 2"})
    void aBodyThatIsNotStrictlyUtf8IsRefusedAndConsumesNothing(String hex, int offsetOfTheFault) {
        String organization = "utf8-" + hex.replace(" ", "");
        app.organization(organization, "FREE");
        String before = "{\"organizationId\":\"" + organization + "\",\"endpoint\":\"/v1/x";
        byte[] body = concat(before, java.util.HexFormat.ofDelimiter(" ").parseHex(hex), "\",\"method\":\"GET\"}");

        Answer answer = app.http.postBytes("/v1/decisions", service, body);

        answer.isProblem(400, "invalid-request");
        assertThat(answer.detail())
                .isEqualTo("the body is not valid UTF-8 (byte " + (before.length() + offsetOfTheFault) + ")");
        Answer first = decide(byOrganization(organization, ""));
        assertThat(first.json().path("limits").get(0).path("remaining").asLong()).isEqualTo(99);
    }

    /** UTF-16 text sent as UTF-8, which Jackson alone would recognise and read, is refused at its first NUL byte. */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void aBodyInAnotherUnicodeEncodingIsRefusedAndConsumesNothing(String encoding) {
        String organization = "enc-" + encoding.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        app.organization(organization, "FREE");
        byte[] body = byOrganization(organization, "").getBytes(java.nio.charset.Charset.forName(encoding));

        Answer answer = app.http.postBytes("/v1/decisions", service, body);

        answer.isProblem(400, "invalid-request");
        assertThat(answer.detail()).startsWith("the body is not valid UTF-8 (byte ");
        assertThat(decide(byOrganization(organization, "")).json().path("limits").get(0).path("remaining").asLong())
                .isEqualTo(99);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] start = before.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] end = after.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(start, start.length + middle.length + end.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        app.http.call(io.helidon.http.Method.POST, "/v1/decisions", service, null)
                .isProblem(400, "invalid-request");
    }

    @Test
    void aTenThousandCharacterEndpointIsRefusedWithAShortDetail() {
        Answer answer = decide(byOrganization("calm-org", "").replace("/v1/clients/{id}", "/" + "a".repeat(10_000)));

        answer.isProblem(400, "invalid-request");
        assertThat(answer.detail()).contains("'endpoint'").hasSizeLessThan(400);
    }

    @Test
    void badRequestsConsumeNothing() {
        app.organization("untouched-org", "FREE");
        decide(byOrganization("untouched-org", ",\"cost\":0"));
        decide(byOrganization("untouched-org", ",\"method\":\"FETCH\"").replace(",\"method\":\"GET\"", ""));

        Answer first = decide(byOrganization("untouched-org", ""));

        assertThat(first.json().path("limits").get(0).path("remaining").asLong()).isEqualTo(99);
    }

    @Test
    void anUnknownOrganizationIsNotFound() {
        decide(byOrganization("no-such-org", "")).isProblem(404, "not-found");
    }

    @Test
    void anUnknownApiKeyIsAnInvalidApiKey() {
        decide("{\"apiKey\":\"wsk_unknownunknownunknownunknown1234\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"}")
                .isProblem(422, "invalid-api-key");
    }

    @Test
    void aRevokedApiKeyIsAnInvalidApiKey() {
        JsonNode created = app.http.post("/v1/organizations/calm-org/api-keys", TestApp.ADMIN_TOKEN, "{}").json();
        Answer revoked = app.http.delete("/v1/api-keys/" + created.path("id").asText(), TestApp.ADMIN_TOKEN);
        assertThat(revoked.status()).isEqualTo(200);

        decide("{\"apiKey\":\"" + created.path("secret").asText() + "\",\"endpoint\":\"/v1/x\",\"method\":\"GET\"}")
                .isProblem(422, "invalid-api-key");
    }

    @Test
    void onlyServicesAndAdminsMayDecide() {
        String owner = app.token(Role.OWNER, "calm-org");

        app.http.post("/v1/decisions", owner, byOrganization("calm-org", "")).isProblem(403, "forbidden");
        assertThat(app.http.post("/v1/decisions", TestApp.ADMIN_TOKEN, byOrganization("calm-org",
                ",\"dryRun\":true")).status()).isEqualTo(200);
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        Answer answer = app.http.post("/v1/decisions", null, byOrganization("calm-org", ""));

        answer.isProblem(401, "unauthorized");
        assertThat(answer.header("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void anotherMethodOnTheDecisionPathIsNotAllowed() {
        Answer answer = app.http.get("/v1/decisions", service);

        answer.isProblem(405, "method-not-allowed");
        assertThat(answer.header("Allow")).hasValue("POST");
    }
}
