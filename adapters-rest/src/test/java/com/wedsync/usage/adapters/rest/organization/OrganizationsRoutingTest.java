package com.wedsync.usage.adapters.rest.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import com.wedsync.usage.domain.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationsRoutingTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = new TestApp();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static int organizationCount() {
        return app.http.get("/v1/organizations?limit=500", ADMIN_TOKEN).json().path("items").size();
    }

    @Test
    void anAdminCreatesReadsAndChangesAnOrganization() {
        Answer created = app.http.post("/v1/organizations", ADMIN_TOKEN, "{\"id\":\"acme\",\"name\":\"Acme\","
                + "\"tier\":\"STARTER\",\"timeZone\":\"Europe/Berlin\",\"overrides\":{\"daily\":5000,"
                + "\"minute\":\"unlimited\"}}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/v1/organizations/acme");
        JsonNode acme = app.http.get("/v1/organizations/acme", ADMIN_TOKEN).json();
        assertThat(acme.path("name").asText()).isEqualTo("Acme");
        assertThat(acme.path("tier").asText()).isEqualTo("STARTER");
        assertThat(acme.path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(acme.path("overrides").toString()).isEqualTo("{\"daily\":5000,\"minute\":\"unlimited\"}");

        Answer patched = app.http.patch("/v1/organizations/acme", ADMIN_TOKEN,
                "{\"tier\":\"SCALE\",\"overrides\":{}}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("tier").asText()).isEqualTo("SCALE");
        assertThat(patched.json().path("name").asText()).isEqualTo("Acme");
        assertThat(patched.json().path("overrides").size()).isZero();
    }

    @Test
    void defaultsAreAGeneratedIdTheFreeTierAndUtc() {
        JsonNode created = app.http.post("/v1/organizations", ADMIN_TOKEN, "{\"name\":\"Plain\"}").json();

        assertThat(created.path("id").asText()).startsWith("org_");
        assertThat(created.path("tier").asText()).isEqualTo("FREE");
        assertThat(created.path("timeZone").asText()).isEqualTo("UTC");
    }

    @Test
    void listsArePagedWithACursor() {
        for (String id : new String[] {"page-1", "page-2", "page-3"}) {
            app.http.post("/v1/organizations", ADMIN_TOKEN, "{\"id\":\"" + id + "\",\"name\":\"P\"}");
        }
        JsonNode first = app.http.get("/v1/organizations?limit=2", ADMIN_TOKEN).json();
        JsonNode second = app.http.get("/v1/organizations?limit=2&cursor=" + first.path("nextCursor").asText(),
                ADMIN_TOKEN).json();

        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("nextCursor").isTextual()).isTrue();
        assertThat(second.path("items").get(0).path("id").asText())
                .isGreaterThan(first.path("items").get(1).path("id").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "null",
            "{\"name\":\"Zoned\",\"timeZone\":\"Mars/Olympus\"}",
            "{\"name\":\"Zoned\",\"timeZone\":\"+02:00\"}",
            "{\"name\":\"Tiered\",\"tier\":\"GOLD\"}",
            "{\"name\":\"Tiered\",\"tier\":\"free\"}",
            "{\"name\":\"Bell\\u0007\"}",
            "{\"name\":\"\"}",
            "{\"tier\":\"FREE\"}",
            "{\"name\":42}",
            "{\"name\":\"Typo\",\"teir\":\"FREE\"}",
            "{\"name\":\"Over\",\"overrides\":{\"hourly\":5}}",
            "{\"name\":\"Over\",\"overrides\":{\"daily\":0}}",
            "{\"name\":\"Over\",\"overrides\":{\"daily\":\"lots\"}}",
            "{\"name\":\"Over\",\"overrides\":[1]}",
            "{\"id\":\"bad id\",\"name\":\"Spaces\"}",
            "{\"name\":\"Broken\"",
            "{\"name\":\"Broken\"}{}"})
    void badInputIsABadRequestAndStoresNothing(String body) {
        int before = organizationCount();

        app.http.post("/v1/organizations", ADMIN_TOKEN, body).isProblem(400, "invalid-request");

        assertThat(organizationCount()).isEqualTo(before);
    }

    @Test
    void aTenThousandCharacterNameIsABadRequest() {
        app.http.post("/v1/organizations", ADMIN_TOKEN, "{\"name\":\"" + "n".repeat(10_000) + "\"}")
                .isProblem(400, "invalid-request");
    }

    @Test
    void aTakenIdIsAConflict() {
        app.http.post("/v1/organizations", ADMIN_TOKEN, "{\"id\":\"twice\",\"name\":\"One\"}");

        app.http.post("/v1/organizations", ADMIN_TOKEN, "{\"id\":\"twice\",\"name\":\"Two\"}")
                .isProblem(409, "conflict");
    }

    @Test
    void changingAnUnknownOrganizationIsNotFoundAndBadChangesAreBadRequests() {
        app.http.patch("/v1/organizations/ghost", ADMIN_TOKEN, "{\"name\":\"Boo\"}").isProblem(404, "not-found");
        app.http.post("/v1/organizations", ADMIN_TOKEN, "{\"id\":\"stable\",\"name\":\"Stable\"}");

        app.http.patch("/v1/organizations/stable", ADMIN_TOKEN, "{\"timeZone\":\"Nowhere/Land\"}")
                .isProblem(400, "invalid-request");
        app.http.patch("/v1/organizations/stable", ADMIN_TOKEN, "{\"id\":\"other\"}")
                .isProblem(400, "invalid-request");
        app.http.patch("/v1/organizations/stable", ADMIN_TOKEN, "{\"name\":null}")
                .isProblem(400, "invalid-request");
        app.http.patch("/v1/organizations/stable", ADMIN_TOKEN, "{\"overrides\":null,\"tier\":\"SCALE\"}")
                .isProblem(400, "invalid-request");
        assertThat(app.http.get("/v1/organizations/stable", ADMIN_TOKEN).json().path("name").asText())
                .isEqualTo("Stable");
        assertThat(app.http.get("/v1/organizations/stable", ADMIN_TOKEN).json().path("tier").asText())
                .isNotEqualTo("SCALE");
        assertThat(app.http.get("/v1/organizations/stable", ADMIN_TOKEN).json().path("timeZone").asText())
                .isEqualTo("UTC");
    }

    @Test
    void ownersSeeOnlyTheirOwnOrganizationAndMayNotCreate() {
        app.organization("mine", "FREE");
        app.organization("theirs", "FREE");
        String owner = app.token(Role.OWNER, "mine");

        assertThat(app.http.get("/v1/organizations/mine", owner).status()).isEqualTo(200);
        app.http.get("/v1/organizations/theirs", owner).isProblem(404, "not-found");
        assertThat(app.http.get("/v1/organizations", owner).json().path("items")).hasSize(1);
        app.http.post("/v1/organizations", owner, "{\"name\":\"Sneaky\"}").isProblem(403, "forbidden");
        app.http.patch("/v1/organizations/mine", owner, "{\"tier\":\"ENTERPRISE\"}").isProblem(403, "forbidden");
    }

    @Test
    void anOverlongCursorIsABadRequest() {
        app.http.get("/v1/organizations?cursor=" + "c".repeat(300), ADMIN_TOKEN).isProblem(400, "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?limit=0", "?limit=501", "?limit=many", "?limit=-1"})
    void badPagingIsABadRequest(String query) {
        app.http.get("/v1/organizations" + query, ADMIN_TOKEN).isProblem(400, "invalid-request");
    }
}
