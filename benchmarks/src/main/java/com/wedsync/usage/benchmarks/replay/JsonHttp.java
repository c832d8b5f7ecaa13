package com.wedsync.usage.benchmarks.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON over HTTP/1.1 with a bearer token: one request, one expected status, the answer's body as a tree. Requests go
 * to the given bases in turn.
 */
final class JsonHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final List<URI> bases;
    private final AtomicInteger turn = new AtomicInteger();
    private final ObjectMapper json;

    JsonHttp(List<URI> bases, ObjectMapper json) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.bases = List.copyOf(bases);
        this.json = json;
    }

    ObjectMapper json() {
        return json;
    }

    JsonNode post(String path, String token, Object body, int expected) {
        try {
            return send(HttpRequest.newBuilder(nextBase().resolve(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))), "POST " + path,
                    token, expected);
        } catch (JsonProcessingException cannotWrite) {
            throw new IllegalStateException("cannot write the body of POST " + path, cannotWrite);
        }
    }

    JsonNode get(String path, String token, int expected) {
        return send(HttpRequest.newBuilder(nextBase().resolve(path)).GET(), "GET " + path, token, expected);
    }

    private URI nextBase() {
        return bases.get(Math.floorMod(turn.getAndIncrement(), bases.size()));
    }

    private JsonNode send(HttpRequest.Builder request, String what, String token, int expected) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            throw new ApiCallFailed(what, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ApiCallFailed(what, interrupted);
        }
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (response.statusCode() != expected) {
            throw new ApiCallFailed(what, response.statusCode(), body);
        }
        try {
            return body.isEmpty() ? json.nullNode() : json.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw new ApiCallFailed(what, response.statusCode(), "not JSON: " + body);
        }
    }
}
