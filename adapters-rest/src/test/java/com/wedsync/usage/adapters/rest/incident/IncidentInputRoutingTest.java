package com.wedsync.usage.adapters.rest.incident;

import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad bodies for the incident routes: every one a 400 problem that names the mistake, and nothing changes. */
class IncidentInputRoutingTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"title\":\"Errors\"}", "{\"severity\":\"info\"}",
            "{\"title\":\"Errors\",\"severity\":\"urgent\"}", "{\"title\":\"Errors\",\"severity\":\"INFO\"}",
            "{\"title\":\"\",\"severity\":\"info\"}", "{\"title\":\"tab\\there\",\"severity\":\"info\"}",
            "{\"title\":7,\"severity\":\"info\"}", "{\"title\":\"Errors\",\"severity\":2}",
            "{\"title\":\"Errors\",\"severity\":\"info\",\"organizationId\":\"nobody\"}",
            "{\"title\":\"Errors\",\"severity\":\"info\",\"organizationId\":\"bad id\"}",
            "{\"title\":\"Errors\",\"severity\":\"info\",\"ruleId\":\"rule_x\"}",
            "{\"title\":\"Errors\",\"severity\":\"info\",\"comment\":\"x\"}", "{", "[1]", "null", ""})
    void aBadTriggerIsABadRequestAndOpensNothing(String body) {
        int before = incidentCount();

        app.http.post("/v1/incidents", ADMIN_TOKEN, body).isProblem(400, "invalid-request");

        assertThat(incidentCount()).isEqualTo(before);
    }

    private static int incidentCount() {
        return app.http.get("/v1/incidents?limit=500", ADMIN_TOKEN).json().path("items").size();
    }

    @Test
    void aTitleHasAtMost200CharactersAndDetailsAtMost4000() {
        Answer longTitle = app.http.post("/v1/incidents", ADMIN_TOKEN, "{\"title\":\"" + "t".repeat(201)
                + "\",\"severity\":\"info\"}").isProblem(400, "invalid-request");
        Answer longDetails = app.http.post("/v1/incidents", ADMIN_TOKEN, "{\"title\":\"t\",\"severity\":\"info\","
                + "\"details\":\"" + "d".repeat(4001) + "\"}").isProblem(400, "invalid-request");

        assertThat(longTitle.detail()).startsWith("'title' must be 1 to 200 characters");
        assertThat(longDetails.detail()).isEqualTo("'details' must be at most 4000 characters, was 4001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"comment\":7}", "{\"comment\":[\"x\"]}", "{\"note\":\"x\"}",
            "{\"comment\":\"bell\\u0007\"}", "{", "[]"})
    void aBadCommentIsABadRequestAndTakesNoStep(String body) {
        String id = app.http.post("/v1/incidents", ADMIN_TOKEN, "{\"title\":\"t\",\"severity\":\"info\"}")
                .json().path("id").asText();

        app.http.post("/v1/incidents/" + id + "/acknowledge", ADMIN_TOKEN, body).isProblem(400, "invalid-request");
        app.http.post("/v1/incidents/" + id + "/resolve", ADMIN_TOKEN, body).isProblem(400, "invalid-request");

        assertThat(app.http.get("/v1/incidents/" + id, ADMIN_TOKEN).json().path("state").asText())
                .isEqualTo("triggered");
        app.http.post("/v1/incidents/" + id + "/resolve", ADMIN_TOKEN, null);
    }

    @Test
    void aCommentHasAtMost2000Characters() {
        String id = app.http.post("/v1/incidents", ADMIN_TOKEN, "{\"title\":\"t\",\"severity\":\"info\"}")
                .json().path("id").asText();

        Answer tooLong = app.http.post("/v1/incidents/" + id + "/acknowledge", ADMIN_TOKEN,
                "{\"comment\":\"" + "c".repeat(2001) + "\"}").isProblem(400, "invalid-request");
        Answer longest = app.http.post("/v1/incidents/" + id + "/acknowledge", ADMIN_TOKEN,
                "{\"comment\":\"" + "c".repeat(2000) + "\"}");

        assertThat(tooLong.detail()).isEqualTo("'comment' must be at most 2000 characters, was 2001");
        assertThat(longest.json().path("history").get(1).path("comment").asText()).hasSize(2000);
        app.http.post("/v1/incidents/" + id + "/resolve", ADMIN_TOKEN, null);
    }
}
