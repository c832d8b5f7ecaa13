package com.wedsync.usage.acceptance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP with a bearer token, failing loudly on any status other than the one expected. */
public final class JsonHttp {

    /** A response: its headers and its body as a JSON tree. */
    public record Reply(HttpHeaders headers, JsonNode body) {
    }

    /** A response whatever its status: the status, its headers and its body as a JSON tree. */
    public record Exchange(int status, HttpHeaders headers, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;

    public JsonHttp(URI base) {
        this.base = base;
    }

    public Reply send(String method, String path, Object body, String token, int expectedStatus) {
        Exchange exchange = exchange(method, path, body, token);
        if (exchange.status() != expectedStatus) {
            throw new AssertionError(method + " " + path + " answered " + exchange.status() + ", not "
                    + expectedStatus + ": " + exchange.body());
        }
        return new Reply(exchange.headers(), exchange.body());
    }

    /** A request whose status the caller judges itself: a refusal is an answer too. */
    public Exchange exchange(String method, String path, Object body, String token) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(write(body));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, publisher).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Exchange(response.statusCode(), response.headers(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** A GET whose answer is text (the billing export's CSV), failing loudly on any other status than 200. */
    public String getText(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path + " interrupted", e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
