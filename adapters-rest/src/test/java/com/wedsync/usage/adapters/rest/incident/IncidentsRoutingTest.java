package com.wedsync.usage.adapters.rest.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/incidents}: an incident's life through the API, its repeats, and who may see and handle what. */
class IncidentsRoutingTest {

    private static TestApp app;
    private static IncidentTokens tokens;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        tokens = new IncidentTokens(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anOwnerTriggersAnIncidentForItsOwnOrganizationAndReadsItWithItsHistory() {
        Answer created = app.http.post("/v1/incidents", tokens.ownerOfA.secret(),
                "{\"title\":\"Checkout errors\",\"severity\":\"critical\",\"details\":\"5xx on /v1/bookings\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode incident = created.json();
        String id = incident.path("id").asText();
        assertThat(id).matches("inc_[A-Za-z0-9]{16}");
        assertThat(created.header("Location")).hasValue("/v1/incidents/" + id);
        assertThat(incident.path("state").asText()).isEqualTo("triggered");
        assertThat(incident.path("severity").asText()).isEqualTo("critical");
        assertThat(incident.path("title").asText()).isEqualTo("Checkout errors");
        assertThat(incident.path("details").asText()).isEqualTo("5xx on /v1/bookings");
        assertThat(incident.path("organizationId").asText()).isEqualTo("org-a");
        assertThat(incident.path("ruleId").isNull()).isTrue();
        assertThat(incident.path("fingerprint").asText()).isEqualTo("manual:" + id);
        assertThat(incident.path("triggeredAt").asText()).isEqualTo(app.clock.instant().toString());
        assertThat(incident.path("acknowledgedAt").isNull()).isTrue();
        assertThat(incident.path("resolvedAt").isNull()).isTrue();
        assertThat(incident.path("history").toString()).isEqualTo("[{\"kind\":\"triggered\",\"by\":\""
                + tokens.ownerOfA.id() + "\",\"at\":\"" + app.clock.instant() + "\",\"comment\":null}]");
        assertThat(app.http.get("/v1/incidents/" + id, tokens.viewerOfA.secret()).json()).isEqualTo(incident);
    }

    @Test
    void anAdminAcknowledgesThenResolvesAndEveryStepIsKeptWithWhoWhenAndWhy() {
        String id = trigger(ADMIN_TOKEN, "org-a");
        app.clock.advance(Duration.ofMinutes(5));
        Answer acknowledged = app.http.post("/v1/incidents/" + id + "/acknowledge", ADMIN_TOKEN,
                "{\"comment\":\"on it\"}");
        app.clock.advance(Duration.ofMinutes(25));
        Answer resolved = app.http.post("/v1/incidents/" + id + "/resolve", tokens.ownerOfA.secret(),
                "{\"comment\":\"rolled back\\nverified\"}");

        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().path("state").asText()).isEqualTo("acknowledged");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        JsonNode incident = app.http.get("/v1/incidents/" + id, ADMIN_TOKEN).json();
        assertThat(incident).isEqualTo(resolved.json());
        assertThat(incident.path("state").asText()).isEqualTo("resolved");
        assertThat(incident.path("resolvedAt").asText()).isEqualTo(app.clock.instant().toString());
        assertThat(incident.path("acknowledgedAt").asText())
                .isEqualTo(app.clock.instant().minus(Duration.ofMinutes(25)).toString());
        assertThat(incident.path("history").findValuesAsText("kind"))
                .containsExactly("triggered", "acknowledged", "resolved");
        assertThat(incident.path("history").findValuesAsText("by"))
                .containsExactly("bootstrap-admin", "bootstrap-admin", tokens.ownerOfA.id());
        assertThat(incident.path("history").get(2).path("comment").asText()).isEqualTo("rolled back\nverified");
    }

    @Test
    void repeatingAStepChangesNothingAndAcknowledgingAResolvedIncidentIsAConflict() {
        String id = trigger(ADMIN_TOKEN, "org-a");
        JsonNode acknowledged = app.http.post("/v1/incidents/" + id + "/acknowledge", ADMIN_TOKEN, null).json();
        app.clock.advance(Duration.ofSeconds(10));

        Answer again = app.http.post("/v1/incidents/" + id + "/acknowledge", tokens.ownerOfA.secret(),
                "{\"comment\":\"me too\"}");
        JsonNode resolved = app.http.post("/v1/incidents/" + id + "/resolve", ADMIN_TOKEN, "{}").json();
        app.clock.advance(Duration.ofSeconds(10));
        Answer resolvedAgain = app.http.post("/v1/incidents/" + id + "/resolve", ADMIN_TOKEN, "{\"comment\":\"x\"}");
        Answer late = app.http.post("/v1/incidents/" + id + "/acknowledge", ADMIN_TOKEN, null);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(acknowledged);
        assertThat(resolvedAgain.status()).isEqualTo(200);
        assertThat(resolvedAgain.json()).isEqualTo(resolved);
        late.isProblem(409, "conflict");
        assertThat(late.detail())
                .isEqualTo("incident " + id + " is resolved; a resolved incident cannot be acknowledged");
        assertThat(app.http.get("/v1/incidents/" + id, ADMIN_TOKEN).json().path("history")).hasSize(3);
    }

    @Test
    void anIncidentMayBeResolvedWithoutBeingAcknowledged() {
        String id = trigger(tokens.ownerOfA.secret(), "org-a");

        JsonNode resolved = app.http.post("/v1/incidents/" + id + "/resolve", tokens.ownerOfA.secret(), null).json();

        assertThat(resolved.path("state").asText()).isEqualTo("resolved");
        assertThat(resolved.path("acknowledgedAt").isNull()).isTrue();
        assertThat(resolved.path("history").findValuesAsText("kind")).containsExactly("triggered", "resolved");
    }

    @Test
    void anAdminTriggersForTheWholeSystemWhenItNamesNoOrganization() {
        JsonNode incident = app.http.post("/v1/incidents", ADMIN_TOKEN,
                "{\"title\":\"Redis failover\",\"severity\":\"warning\"}").json();

        assertThat(incident.path("organizationId").isNull()).isTrue();
        assertThat(incident.path("details").isNull()).isTrue();
        app.http.get("/v1/incidents/" + incident.path("id").asText(), tokens.ownerOfA.secret())
                .isProblem(404, "not-found");
    }

    @Test
    void triggeringTwiceOpensTwoIncidents() {
        String first = trigger(ADMIN_TOKEN, "org-b");
        String second = trigger(ADMIN_TOKEN, "org-b");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void viewersReadTheirOwnOrganizationsIncidentsButHandleNone() {
        String id = trigger(ADMIN_TOKEN, "org-a");
        String viewer = tokens.viewerOfA.secret();

        assertThat(app.http.get("/v1/incidents/" + id, viewer).status()).isEqualTo(200);
        assertThat(app.http.get("/v1/incidents", viewer).json().path("items").findValuesAsText("id")).contains(id);
        app.http.post("/v1/incidents/" + id + "/acknowledge", viewer, null).isProblem(403, "forbidden");
        app.http.post("/v1/incidents/" + id + "/resolve", viewer, "{\"comment\":\"x\"}").isProblem(403, "forbidden");
        app.http.post("/v1/incidents", viewer, "{\"title\":\"t\",\"severity\":\"info\"}").isProblem(403, "forbidden");
        assertThat(app.http.get("/v1/incidents/" + id, ADMIN_TOKEN).json().path("state").asText())
                .isEqualTo("triggered");
    }

    @Test
    void anotherOrganizationsIncidentIsNotFoundExactlyLikeAMissingOne() {
        String id = trigger(ADMIN_TOKEN, "org-a");
        String ownerOfB = tokens.ownerOfB.secret();

        Answer read = app.http.get("/v1/incidents/" + id, ownerOfB).isProblem(404, "not-found");
        Answer missing = app.http.get("/v1/incidents/inc_doesNotExist", ownerOfB).isProblem(404, "not-found");
        app.http.post("/v1/incidents/" + id + "/acknowledge", ownerOfB, null).isProblem(404, "not-found");
        app.http.post("/v1/incidents/" + id + "/resolve", ownerOfB, null).isProblem(404, "not-found");
        app.http.get("/v1/incidents?organizationId=org-a", ownerOfB).isProblem(404, "not-found");
        app.http.post("/v1/incidents", ownerOfB, "{\"title\":\"t\",\"severity\":\"info\",\"organizationId\":\"org-a\"}")
                .isProblem(404, "not-found");

        assertThat(read.detail()).isEqualTo("no incident '" + id + "'");
        assertThat(missing.detail()).isEqualTo("no incident 'inc_doesNotExist'");
        assertThat(app.http.get("/v1/incidents?limit=500", ownerOfB).json().path("items").findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(app.http.get("/v1/incidents/" + id, ADMIN_TOKEN).json().path("state").asText())
                .isEqualTo("triggered");
    }

    @Test
    void aServiceTokenNeitherReadsNorHandlesIncidents() {
        String id = trigger(ADMIN_TOKEN, "org-a");
        String service = tokens.service.secret();

        app.http.get("/v1/incidents", service).isProblem(403, "forbidden");
        app.http.get("/v1/incidents/" + id, service).isProblem(403, "forbidden");
        app.http.post("/v1/incidents", service, "{\"title\":\"t\",\"severity\":\"info\"}").isProblem(403, "forbidden");
        app.http.post("/v1/incidents/" + id + "/acknowledge", service, null).isProblem(403, "forbidden");
        app.http.post("/v1/incidents/" + id + "/resolve", service, null).isProblem(403, "forbidden");
    }

    @Test
    void withoutATokenNothingAnswersButUnauthorized() {
        app.http.get("/v1/incidents", null).isProblem(401, "unauthorized");
        app.http.post("/v1/incidents", null, "{\"title\":\"t\",\"severity\":\"info\"}").isProblem(401, "unauthorized");
        app.http.post("/v1/incidents/inc_x/resolve", "wsm_wrong", null).isProblem(401, "unauthorized");
    }

    @Test
    void unknownIncidentsAreNotFoundAndMalformedIdsBadRequests() {
        app.http.get("/v1/incidents/inc_unknown", ADMIN_TOKEN).isProblem(404, "not-found");
        app.http.post("/v1/incidents/inc_unknown/acknowledge", ADMIN_TOKEN, null).isProblem(404, "not-found");
        app.http.post("/v1/incidents/inc_unknown/resolve", ADMIN_TOKEN, null).isProblem(404, "not-found");
        app.http.get("/v1/incidents/not-an-incident", ADMIN_TOKEN).isProblem(400, "invalid-request");
        app.http.post("/v1/incidents/key_abc/resolve", ADMIN_TOKEN, null).isProblem(400, "invalid-request");
    }

    @Test
    void otherMethodsAreNotAllowedAndSayWhichAre() {
        assertThat(app.http.delete("/v1/incidents", ADMIN_TOKEN).isProblem(405, "method-not-allowed")
                .header("Allow")).hasValue("GET, POST");
        assertThat(app.http.call(Method.PUT, "/v1/incidents/inc_x", ADMIN_TOKEN, "{}")
                .isProblem(405, "method-not-allowed").header("Allow")).hasValue("GET");
        assertThat(app.http.get("/v1/incidents/inc_x/acknowledge", ADMIN_TOKEN)
                .isProblem(405, "method-not-allowed").header("Allow")).hasValue("POST");
        assertThat(app.http.delete("/v1/incidents/inc_x/resolve", ADMIN_TOKEN)
                .isProblem(405, "method-not-allowed").header("Allow")).hasValue("POST");
    }

    private static String trigger(String token, String organization) {
        Answer created = app.http.post("/v1/incidents", token, "{\"title\":\"Errors\",\"severity\":\"warning\","
                + "\"organizationId\":\"" + organization + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** Tokens whose ids are known, since the id is who took a step. */
    record IncidentTokens(Token ownerOfA, Token viewerOfA, Token ownerOfB, Token service) {

        IncidentTokens(TestApp app) {
            this(Token.of(app, Role.OWNER, "org-a"), Token.of(app, Role.VIEWER, "org-a"),
                    Token.of(app, Role.OWNER, "org-b"), Token.of(app, Role.SERVICE, null));
        }
    }

    record Token(String id, String secret) {

        private static final Principal ADMIN = new Principal("test-admin", Role.ADMIN, Optional.empty());

        static Token of(TestApp app, Role role, String organization) {
            var created = app.api.tokens().create(ADMIN, role,
                    Optional.ofNullable(organization).map(OrganizationId::new));
            return new Token(created.credential().id().value(), created.secret());
        }
    }
}
