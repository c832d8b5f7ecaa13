package com.wedsync.usage.domain.tenancy;

import com.wedsync.usage.domain.Require;

import java.time.Instant;
import java.util.Optional;

/** An opaque bearer credential for the management API, bound to a role; stored only as a hash. */
public record ManagementToken(ManagementTokenId id, Role role, Optional<OrganizationId> organizationId,
                              String displayPrefix, SecretHash secretHash, Instant createdAt,
                              Optional<Instant> revokedAt) {

    public ManagementToken {
        Require.present(id, "id");
        Require.present(role, "role");
        Require.present(organizationId, "organizationId");
        if (role.isOrganizationScoped() != organizationId.isPresent()) {
            throw new IllegalArgumentException(role.isOrganizationScoped()
                    ? "'organizationId' is required for role " + role.wireName()
                    : "'organizationId' is only for roles owner and viewer");
        }
        Require.present(displayPrefix, "displayPrefix");
        Require.present(secretHash, "secretHash");
        Require.present(createdAt, "createdAt");
        Require.present(revokedAt, "revokedAt");
    }

    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    public Principal principal() {
        return new Principal(id.value(), role, organizationId);
    }

    public ManagementToken revokedAt(Instant when) {
        return revokedAt.isPresent() ? this
                : new ManagementToken(id, role, organizationId, displayPrefix, secretHash, createdAt,
                Optional.of(when));
    }
}
