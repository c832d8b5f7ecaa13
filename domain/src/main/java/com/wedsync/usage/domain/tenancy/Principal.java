package com.wedsync.usage.domain.tenancy;

import com.wedsync.usage.domain.Require;

import java.util.Optional;

/**
 * Who is acting: a role and, for owners and viewers, the one organization they belong to.
 * The answers here are the whole of tenancy: callers turn a "no" for another organization into 404.
 */
public record Principal(String subject, Role role, Optional<OrganizationId> organizationId) {

    public Principal {
        Require.present(subject, "subject");
        Require.present(role, "role");
        Require.present(organizationId, "organizationId");
        if (role.isOrganizationScoped() && organizationId.isEmpty()) {
            throw new IllegalArgumentException("'organizationId' is required for role " + role.wireName());
        }
        if (!role.isOrganizationScoped() && organizationId.isPresent()) {
            throw new IllegalArgumentException("'organizationId' is only for owners and viewers");
        }
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean canRead(OrganizationId organization) {
        return role == Role.ADMIN || organizationId.map(organization::equals).orElse(false);
    }

    public boolean canManage(OrganizationId organization) {
        return role == Role.ADMIN || (role == Role.OWNER && organizationId.map(organization::equals).orElse(false));
    }

    public boolean canMeter() {
        return role == Role.SERVICE || role == Role.ADMIN;
    }
}
