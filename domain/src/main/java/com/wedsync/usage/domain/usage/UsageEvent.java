package com.wedsync.usage.domain.usage;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** One call that happened, as the usage log keeps it: no raw ids, query strings, bodies, addresses or personal data. */
public record UsageEvent(EventId eventId, OrganizationId organizationId, Optional<ApiKeyId> apiKeyId,
                         Endpoint endpoint, HttpMethod method, int status, OptionalInt latencyMs,
                         long requestBytes, long responseBytes, Instant occurredAt) {

    public static final int MAX_LATENCY_MS = 3_600_000;

    public UsageEvent {
        Require.present(eventId, "eventId");
        Require.present(organizationId, "organizationId");
        Require.present(apiKeyId, "apiKeyId");
        Require.present(endpoint, "endpoint");
        Require.present(method, "method");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("'status' must be an HTTP status from 100 to 599, was " + status);
        }
        Require.present(latencyMs, "latencyMs");
        if (latencyMs.isPresent() && (latencyMs.getAsInt() < 0 || latencyMs.getAsInt() > MAX_LATENCY_MS)) {
            throw new IllegalArgumentException(
                    "'latencyMs' must be from 0 to " + MAX_LATENCY_MS + ", was " + latencyMs.getAsInt());
        }
        Require.notNegative(requestBytes, "requestBytes");
        Require.notNegative(responseBytes, "responseBytes");
        Require.present(occurredAt, "occurredAt");
    }

    public boolean isClientError() {
        return status >= 400 && status < 500;
    }

    public boolean isServerError() {
        return status >= 500;
    }
}
