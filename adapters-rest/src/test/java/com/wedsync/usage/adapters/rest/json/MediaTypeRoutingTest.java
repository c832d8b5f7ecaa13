package com.wedsync.usage.adapters.rest.json;

import com.wedsync.usage.adapters.rest.Answer;
import com.wedsync.usage.adapters.rest.TestApp;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static com.wedsync.usage.adapters.rest.TestApp.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON write whose body is declared as something else is refused with 415 and stores nothing; JSON in any of its
 * spellings is read (a body without a declared type too: {@code ServerRoundTripTest}, since this client always
 * declares one).
 */
class MediaTypeRoutingTest {

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
    @CsvSource(delimiter = '|', value = {
            "Content-Type | text/plain | the body must be JSON: send 'Content-Type: application/json', "
                    + "was \"text/plain\"",
            "Content-Type | application/x-www-form-urlencoded | the body must be JSON: send "
                    + "'Content-Type: application/json', was \"application/x-www-form-urlencoded\"",
            "Content-Type | application/json; charset=iso-8859-1 | the body must be JSON in UTF-8: send "
                    + "'Content-Type: application/json' (a charset, if any, utf-8), "
                    + "was \"application/json; charset=iso-8859-1\""})
    void aBodyThatIsNotPlainJsonIsRefusedAndStoresNothing(String header, String value, String detail) {
        Answer answer = app.http.call(Method.POST, "/v1/organizations", ADMIN_TOKEN, "{\"id\": \"org-new\", \"name\": \"New\"}",
                Map.of(header, value)).isProblem(415, "unsupported-media-type");

        assertThat(answer.detail()).isEqualTo(detail);
        app.http.get("/v1/organizations/org-new", ADMIN_TOKEN).isProblem(404, "not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "Application/JSON;charset=\"utf-8\"",
            "application/merge-patch+json"})
    void jsonInAnyOfItsSpellingsIsRead(String contentType) {
        Answer answer = app.http.call(Method.PATCH, "/v1/organizations/org-a", ADMIN_TOKEN, "{\"name\": \"A\"}",
                Map.of("Content-Type", contentType));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void everyJsonWriteRefusesAnotherMediaType() {
        app.http.call(Method.POST, "/v1/decisions", ADMIN_TOKEN, "{}", Map.of("Content-Type", "text/plain"))
                .isProblem(415, "unsupported-media-type");
        app.http.call(Method.PUT, "/v1/tiers/FREE", ADMIN_TOKEN, "{}", Map.of("Content-Type", "text/csv"))
                .isProblem(415, "unsupported-media-type");
        app.http.call(Method.POST, "/api/health-monitoring", ADMIN_TOKEN, "{}", Map.of("Content-Type", "text/xml"))
                .isProblem(415, "unsupported-media-type");
    }
}
