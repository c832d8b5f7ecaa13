package com.wedsync.usage.adapters.rest.organization;

import com.wedsync.usage.domain.tenancy.Organization;

import java.util.Map;

/** An organization on the wire; {@code overrides} lists only the limits that differ from the tier. */
public record OrganizationJson(String id, String name, String tier, String timeZone, Map<String, Object> overrides,
                               String createdAt) {

    static OrganizationJson fromDomain(Organization organization) {
        return new OrganizationJson(organization.id().value(), organization.name(), organization.tier().value(),
                organization.timeZone().getId(), OverridesJson.fromDomain(organization.overrides()),
                organization.createdAt().toString());
    }
}
