package com.wedsync.usage.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One HTTP answer as a test sees it: status, headers and the body, as text and as JSON. */
public record Answer(int status, Headers headers, String body) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not JSON: " + body, notJson);
        }
    }

    public Optional<String> header(String name) {
        return headers.first(HeaderNames.create(name));
    }

    /** Asserts an RFC 9457 problem of this status and type that leaks nothing of the server's insides. */
    public Answer isProblem(int expectedStatus, String slug) {
        assertThat(status).as(body).isEqualTo(expectedStatus);
        assertThat(header("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.path("type").asText()).isEqualTo("/problems/" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.has("instance")).isTrue();
        assertThat(body).doesNotContain("Exception", "\tat ", "java.", "com.fasterxml", "io.helidon");
        return this;
    }

    public String detail() {
        return json().path("detail").asText();
    }
}
