package com.wedsync.usage.acceptance.production;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * A calling service as the usage monitor sees one: it sets up its organization and a service token through the
 * management API (as the bootstrap admin), then reports usage events in batches. Every call is timed and none
 * waits for ever: a hang shows as a long {@link Reply#took()}, not as a stuck test.
 */
final class IngestClient {

    static final String ORGANIZATION = "fault-weddings";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private String serviceToken;

    IngestClient(URI base) {
        this.base = base;
    }

    /** Creates the organization and a service token; the service must be up. */
    void setUp() {
        post("/v1/organizations", ServiceProcess.ADMIN_TOKEN,
                "{\"id\":\"" + ORGANIZATION + "\",\"name\":\"Fault Weddings\",\"tier\":\"ENTERPRISE\"}");
        Reply token = post("/v1/tokens", ServiceProcess.ADMIN_TOKEN, "{\"role\":\"service\"}");
        if (token.status() != 201 && token.status() != 200) {
            throw new IllegalStateException("no service token: " + token);
        }
        serviceToken = token.json().path("secret").asText();
    }

    Reply send(EventBatch batch) {
        return post("/v1/usage-events", serviceToken, batch.body());
    }

    Reply readiness() {
        return call(HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(REQUEST_TIMEOUT).GET().build());
    }

    private Reply post(String path, String token, String body) {
        return call(HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Reply call(HttpRequest request) {
        Instant sentAt = Instant.now();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type"),
                    response.headers().firstValue("Retry-After"), response.body(), sentAt, since(start));
        } catch (IOException failure) {
            return Reply.noAnswer(failure, sentAt, since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.noAnswer(e, sentAt, since(start));
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
