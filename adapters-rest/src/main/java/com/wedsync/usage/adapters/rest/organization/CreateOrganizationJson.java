package com.wedsync.usage.adapters.rest.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.adapters.rest.json.WireValues;
import com.wedsync.usage.application.tenancy.OrganizationChanges.CreateOrganizationCommand;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** The body of {@code POST /v1/organizations}: a name; optionally an id, tier (FREE), time zone (UTC), overrides. */
public record CreateOrganizationJson(String id, String name, String tier, String timeZone,
                                     Map<String, JsonNode> overrides) {

    private static final ZoneId UTC = ZoneId.of("UTC");

    CreateOrganizationCommand toCommand(Principal principal) {
        return new CreateOrganizationCommand(principal, Optional.ofNullable(id).map(OrganizationId::new), name,
                tier == null ? DefaultTiers.FREE : new TierName(tier),
                timeZone == null ? UTC : WireValues.timeZone(timeZone),
                overrides == null ? LimitOverrides.NONE : OverridesJson.toDomain(overrides));
    }
}
