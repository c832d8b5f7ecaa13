package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One notice on its way to one channel: the body is fixed when the notice is stored, so every attempt sends the
 * same bytes under the same {@code webhookId}; only the timestamp and the signature over it change.
 *
 * @param id            the delivery's own id ({@code dlv_…}), one per notice and channel
 * @param webhookId     the notice's id, sent as {@code webhook-id}: the same on every attempt and every channel
 * @param organization  whose rule the notice is of (empty for a system rule), so that erasure finds it
 * @param attempts      attempts made so far
 * @param nextAttemptAt when a pending delivery is due; for a delivered or failed one, when that was decided
 * @param lastError     why the last attempt failed, for inspection; never holds the secret
 */
public record WebhookDelivery(String id, String webhookId, Optional<OrganizationId> organization, URI url,
                              String body, SigningSecret secret, DeliveryState state, int attempts,
                              Instant createdAt, Instant nextAttemptAt, Optional<String> lastError) {

    public static final int MAX_ERROR_LENGTH = 500;

    public WebhookDelivery {
        Require.present(id, "id");
        Require.present(webhookId, "webhookId");
        Require.present(organization, "organization");
        Require.present(url, "url");
        Require.present(body, "body");
        Require.present(secret, "secret");
        Require.present(state, "state");
        Require.notNegative(attempts, "attempts");
        Require.present(createdAt, "createdAt");
        Require.present(nextAttemptAt, "nextAttemptAt");
        Require.present(lastError, "lastError");
        lastError = lastError.map(text -> text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH)
                : text);
    }

    /** A new delivery, due at once. */
    public static WebhookDelivery pending(String id, String webhookId, Optional<OrganizationId> organization,
                                          URI url, String body, SigningSecret secret, Instant now) {
        return new WebhookDelivery(id, webhookId, organization, url, body, secret, DeliveryState.PENDING, 0, now,
                now, Optional.empty());
    }

    @Override
    public String toString() {
        return "WebhookDelivery[" + id + " of " + webhookId + " to " + url + ", " + state + " after " + attempts
                + " attempts]";
    }
}
