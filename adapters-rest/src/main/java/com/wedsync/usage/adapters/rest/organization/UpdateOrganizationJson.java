package com.wedsync.usage.adapters.rest.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.json.WireValues;
import com.wedsync.usage.application.tenancy.OrganizationChanges.UpdateOrganizationCommand;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code PATCH /v1/organizations/{id}}: the fields to change, the others left out. {@code overrides},
 * when present, replaces all overrides (send {@code {}} to clear them).
 */
public record UpdateOrganizationJson(String name, String tier, String timeZone, Map<String, JsonNode> overrides) {

    UpdateOrganizationCommand toCommand(Principal principal, OrganizationId id) {
        return new UpdateOrganizationCommand(principal, id, Optional.ofNullable(name),
                Optional.ofNullable(tier).map(TierName::new),
                Optional.ofNullable(timeZone).map(WireValues::timeZone),
                Optional.ofNullable(overrides).map(OverridesJson::toDomain));
    }
}
