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
    /**
     * 1 TiB: far beyond any one API call, and low enough that the byte counts of 8 million events at this size
     * still add up within a {@code long}, so no sum over the log can overflow.
     */
    public static final long MAX_BYTES = 1L << 40;

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
        requireByteCount(requestBytes, "requestBytes");
        requireByteCount(responseBytes, "responseBytes");
        Require.present(occurredAt, "occurredAt");
    }

    private static void requireByteCount(long bytes, String name) {
        if (bytes < 0 || bytes > MAX_BYTES) {
            throw new IllegalArgumentException("'" + name + "' must be from 0 to " + MAX_BYTES + ", was " + bytes);
        }
    }

    public boolean isClientError() {
        return status >= 400 && status < 500;
    }

    public boolean isServerError() {
        return status >= 500;
    }
}
