package com.wedsync.usage.adapters.rest.token;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Role;

import java.util.Optional;

/** The body of {@code POST /v1/tokens}: a role, and the organization for owners and viewers. */
public record CreateTokenJson(String role, String organizationId) {

    Role toRole() {
        Require.present(role, "role");
        return Role.fromWireName(role).orElseThrow(() -> new IllegalArgumentException(
                "'role' must be one of admin, owner, viewer, service, was " + Require.quoted(role)));
    }

    Optional<OrganizationId> toOrganization() {
        return Optional.ofNullable(organizationId).map(OrganizationId::new);
    }
}
