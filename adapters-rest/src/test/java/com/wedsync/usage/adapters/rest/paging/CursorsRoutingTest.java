package com.wedsync.usage.adapters.rest.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.TestApp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Every list refuses a cursor it did not hand out, and follows the ones it did. */
class CursorsRoutingTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = new TestApp();
        for (String organization : new String[] {"acme", "globex", "initech"}) {
            app.organization(organization, "FREE");
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/alert-rules", "/v1/organizations", "/v1/tokens", "/v1/silences", "/v1/incidents",
        "/v1/organizations/acme/api-keys"})
    void aCursorTheListNeverHandedOutIsRefused(String list) {
        for (String cursor : new String[] {"zzz", "acme", "c.", "c.%25%25", "c.AAEC"}) {
            var answer = app.http.get(list + "?cursor=" + cursor, ADMIN_TOKEN);
            answer.isProblem(400, "invalid-request");
            assertThat(answer.json().path("detail").asText()).as(list + " " + cursor)
                    .startsWith("'cursor' is not a cursor of this list, was ");
        }
    }

    @Test
    void aCursorHandedOutLeadsToTheNextPage() {
        JsonNode first = app.http.get("/v1/organizations?limit=2", ADMIN_TOKEN).json();
        String cursor = first.path("nextCursor").asText();
        assertThat(cursor).startsWith("c.");

        JsonNode second = app.http.get("/v1/organizations?limit=2&cursor=" + cursor, ADMIN_TOKEN).json();

        assertThat(first.path("items")).extracting(item -> item.path("id").asText()).containsExactly("acme", "globex");
        assertThat(second.path("items")).extracting(item -> item.path("id").asText()).containsExactly("initech");
        assertThat(second.path("nextCursor").isNull()).isTrue();
    }
}
