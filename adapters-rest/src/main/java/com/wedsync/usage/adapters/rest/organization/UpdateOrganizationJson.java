package com.wedsync.usage.adapters.rest.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.WireValues;
import com.wedsync.usage.application.tenancy.OrganizationChanges.UpdateOrganizationCommand;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code PATCH /v1/organizations/{id}}: the fields to change, the others left out. {@code overrides},
 * when present, replaces all overrides (send {@code {}} to clear them).
 */
public record UpdateOrganizationJson(String name, String tier, String timeZone, Map<String, JsonNode> overrides) {

    private static final List<String> FIELDS = List.of("name", "tier", "timeZone", "overrides");

    /**
     * The body, refusing a field given as {@code null}: a left-out field stays as it is, but a null would read as
     * left out too and the change would silently not happen (clear the overrides with {@code {}}).
     */
    static UpdateOrganizationJson read(JsonNode body, ObjectReader reader) {
        for (String field : FIELDS) {
            if (body.isObject() && body.has(field) && body.get(field).isNull()) {
                throw new IllegalArgumentException("'" + field + "' must not be null: leave it out to keep it");
            }
        }
        return Json.read(reader, body);
    }

    UpdateOrganizationCommand toCommand(Principal principal, OrganizationId id) {
        return new UpdateOrganizationCommand(principal, id, Optional.ofNullable(name),
                Optional.ofNullable(tier).map(TierName::new),
                Optional.ofNullable(timeZone).map(WireValues::timeZone),
                Optional.ofNullable(overrides).map(OverridesJson::toDomain));
    }
}
