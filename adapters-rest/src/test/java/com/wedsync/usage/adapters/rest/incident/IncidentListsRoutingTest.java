package com.wedsync.usage.adapters.rest.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /v1/incidents}: newest first, filtered, in pages. Seeded with five incidents a minute apart: three
 * manual ones (org-a critical, org-b info, the system warning) and two of a rule (org-a, org-b), the org-b one
 * acknowledged.
 */
class IncidentListsRoutingTest {

    private static final AlertRuleId RULE = new AlertRuleId("rule_denials");
    private static TestApp app;
    private static final List<String> NEWEST_FIRST = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = new TestApp();
        app.organization("org-a", "FREE");
        app.organization("org-b", "FREE");
        manual("org-a", "critical");
        manual("org-b", "info");
        manual(null, "warning");
        rule("org-a", "inc_ruleA");
        String ruleOfB = rule("org-b", "inc_ruleB");
        assertThat(app.http.post("/v1/incidents/" + ruleOfB + "/acknowledge", ADMIN_TOKEN, null).status())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anAdminListsEveryIncidentNewestFirst() {
        JsonNode page = app.http.get("/v1/incidents", ADMIN_TOKEN).json();

        assertThat(page.path("items").findValuesAsText("id")).containsExactlyElementsOf(NEWEST_FIRST);
        assertThat(page.path("nextCursor").isNull()).isTrue();
        assertThat(page.path("items").get(0).path("history")).hasSize(2);
    }

    @Test
    void aWalkThroughThePagesMeetsEveryIncidentOnce() {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = app.http.get("/v1/incidents?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    ADMIN_TOKEN).json();
            walked.addAll(page.path("items").findValuesAsText("id"));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(NEWEST_FIRST);
    }

    @Test
    void filtersNarrowTheList() {
        assertThat(ids("?state=acknowledged")).containsExactly("inc_ruleB");
        assertThat(ids("?state=triggered&organizationId=org-a")).containsExactly("inc_ruleA", NEWEST_FIRST.get(4));
        assertThat(ids("?severity=critical")).containsExactly(NEWEST_FIRST.get(4));
        assertThat(ids("?ruleId=rule_denials&organizationId=org-b")).containsExactly("inc_ruleB");
        assertThat(ids("?state=resolved")).isEmpty();
    }

    @Test
    void anOrganizationThatDoesNotExistIsNotFoundRatherThanAnEmptyList() {
        assertThat(app.http.get("/v1/incidents?organizationId=nobody", ADMIN_TOKEN).isProblem(404, "not-found")
                .detail()).contains("nobody");
    }

    @Test
    void ownersAndViewersListTheirOwnOrganizationsIncidentsOnly() {
        String viewerOfB = app.token(Role.VIEWER, "org-b");

        List<String> seen = app.http.get("/v1/incidents", viewerOfB).json().path("items").findValuesAsText("id");
        List<String> acknowledged = app.http.get("/v1/incidents?state=acknowledged&organizationId=org-b", viewerOfB)
                .json().path("items").findValuesAsText("id");

        assertThat(seen).containsExactly("inc_ruleB", NEWEST_FIRST.get(3));
        assertThat(acknowledged).containsExactly("inc_ruleB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?state=open", "?state=", "?severity=urgent", "?organizationId=bad%20id",
            "?ruleId=denials", "?limit=0", "?limit=501", "?limit=ten", "?cursor=garbage", "?cursor=1.key_x",
            "?status=triggered", "?organization=org-a"})
    void badParametersAreABadRequest(String query) {
        app.http.get("/v1/incidents" + query, ADMIN_TOKEN).isProblem(400, "invalid-request");
    }

    @Test
    void aMalformedRuleFilterIsRefusedInTheParametersName() {
        assertThat(app.http.get("/v1/incidents?ruleId=xyz", ADMIN_TOKEN).isProblem(400, "invalid-request").detail())
                .isEqualTo("'ruleId' must be 'rule_' and 1 to 64 letters or digits, was \"xyz\"");
    }

    private static List<String> ids(String query) {
        return app.http.get("/v1/incidents" + query, ADMIN_TOKEN).json().path("items").findValuesAsText("id");
    }

    private static void manual(String organization, String severity) {
        String body = "{\"title\":\"Manual\",\"severity\":\"" + severity + "\""
                + (organization == null ? "" : ",\"organizationId\":\"" + organization + "\"") + "}";
        NEWEST_FIRST.addFirst(app.http.post("/v1/incidents", ADMIN_TOKEN, body).json().path("id").asText());
        app.clock.advance(Duration.ofMinutes(1));
    }

    /** The evaluator's path has no HTTP route: a rule's incident is opened in the store, as the evaluator would. */
    private static String rule(String organization, String id) {
        IncidentFacts facts = IncidentFacts.forRule(new IncidentId(id), RULE,
                AlertScope.of(new OrganizationId(organization)), Severity.WARNING, "Denials", Optional.empty());
        app.database.incidents().open(Incident.trigger(facts, IncidentStep.EVALUATOR, app.clock.instant(),
                Optional.empty()));
        NEWEST_FIRST.addFirst(id);
        app.clock.advance(Duration.ofMinutes(1));
        return id;
    }
}
