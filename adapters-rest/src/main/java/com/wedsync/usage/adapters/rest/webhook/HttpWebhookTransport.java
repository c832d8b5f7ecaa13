package com.wedsync.usage.adapters.rest.webhook;

import com.wedsync.usage.application.port.WebhookAttempt;
import com.wedsync.usage.application.port.WebhookDelivery;
import com.wedsync.usage.application.port.WebhookTransport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Posts each attempt with the JDK client: the body as stored, {@code Content-Type: application/json}, and the
 * Standard Webhooks headers {@code webhook-id} (the notice's id, the same on every attempt), {@code
 * webhook-timestamp} (this attempt's unix seconds) and {@code webhook-signature}. A connection must open within
 * {@link #CONNECT_TIMEOUT} and the answer arrive within {@link #REQUEST_TIMEOUT}. Redirects are not followed: a
 * 3xx is no delivery. The answer's body is read and dropped; the reason of a failure never holds the secret.
 */
public final class HttpWebhookTransport implements WebhookTransport {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public WebhookAttempt post(WebhookDelivery delivery, Instant at) {
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(delivery.url()).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("webhook-id", delivery.webhookId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.of(delivery.secret(), delivery.webhookId(), timestamp,
                        delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? new WebhookAttempt.Accepted(status)
                    : new WebhookAttempt.Refused("HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new WebhookAttempt.Refused("timed out: " + e.getMessage());
        } catch (ConnectException e) {
            return new WebhookAttempt.Refused("could not connect: " + describe(e));
        } catch (IOException | IllegalArgumentException e) {
            return new WebhookAttempt.Refused(e.getClass().getSimpleName() + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookAttempt.Refused("interrupted: the sender is stopping");
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? "no detail" : e.getMessage();
    }
}
