package com.wedsync.usage.domain.tenancy;

import com.wedsync.usage.domain.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * A credential with which an organization's calls are metered. Its secret ({@code wsk_} and 32 base62
 * characters) is shown once at creation; only its hash and a short display prefix are kept.
 */
public record ApiKey(ApiKeyId id, OrganizationId organizationId, String name, String displayPrefix,
                     SecretHash secretHash, Instant createdAt, Optional<Instant> expiresAt,
                     Optional<Instant> revokedAt) {

    public ApiKey {
        Require.present(id, "id");
        Require.present(organizationId, "organizationId");
        Require.present(name, "name");
        Require.present(displayPrefix, "displayPrefix");
        Require.present(secretHash, "secretHash");
        Require.present(createdAt, "createdAt");
        Require.present(expiresAt, "expiresAt");
        Require.present(revokedAt, "revokedAt");
    }

    /**
     * Whether the key was valid at {@code when}: before its revocation and its expiry. A decision asks about now;
     * ingest asks about the moment the event occurred, so that usage reported late still counts.
     */
    public boolean isUsableAt(Instant when) {
        return revokedAt.map(when::isBefore).orElse(true) && expiresAt.map(when::isBefore).orElse(true);
    }

    public ApiKey revokedAt(Instant when) {
        return revokedAt.isPresent() ? this
                : new ApiKey(id, organizationId, name, displayPrefix, secretHash, createdAt, expiresAt,
                Optional.of(when));
    }
}
