package com.wedsync.usage.benchmarks.ingest;

import com.wedsync.usage.domain.usage.UsageEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caller of the running service's {@code POST /v1/usage-events} (service token, events by organization id), one
 * HTTP/1.1 client per caller; an append counts the events the answer says were accepted.
 */
final class HttpIngest {

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI events;
    private final String authorization;

    HttpIngest(String baseUrl, String serviceToken) {
        this.events = URI.create(baseUrl + "/v1/usage-events");
        this.authorization = "Bearer " + serviceToken;
    }

    long append(List<UsageEvent> batch) {
        HttpRequest request = HttpRequest.newBuilder(events).header("Authorization", authorization)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json(batch))).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher accepted = ACCEPTED.matcher(response.body());
            if (response.statusCode() != 202 || !accepted.find()) {
                throw new IllegalStateException("POST /v1/usage-events answered " + response.statusCode() + ": "
                        + response.body());
            }
            return Long.parseLong(accepted.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ids and templates of {@link SyntheticEvents} need no JSON escaping. */
    private static String json(List<UsageEvent> batch) {
        StringBuilder json = new StringBuilder(batch.size() * 260).append("{\"events\":[");
        for (UsageEvent event : batch) {
            json.append("{\"eventId\":\"").append(event.eventId().value())
                    .append("\",\"organizationId\":\"").append(event.organizationId().value())
                    .append("\",\"endpoint\":\"").append(event.endpoint().template())
                    .append("\",\"method\":\"").append(event.method().name())
                    .append("\",\"status\":").append(event.status())
                    .append(",\"latencyMs\":").append(event.latencyMs().orElseThrow())
                    .append(",\"requestBytes\":").append(event.requestBytes())
                    .append(",\"responseBytes\":").append(event.responseBytes())
                    .append(",\"occurredAt\":\"").append(event.occurredAt()).append("\"},");
        }
        json.setLength(json.length() - 1);
        return json.append("]}").toString();
    }
}
