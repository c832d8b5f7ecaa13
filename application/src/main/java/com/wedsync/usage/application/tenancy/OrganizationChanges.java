package com.wedsync.usage.application.tenancy;

import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.ZoneId;
import java.util.Optional;

/** Commands that create or change an organization (admins only). */
public final class OrganizationChanges {

    private OrganizationChanges() {
    }

    /** A new organization; without an id one is generated. */
    public record CreateOrganizationCommand(Principal principal, Optional<OrganizationId> id, String name,
                                            TierName tier, ZoneId timeZone, LimitOverrides overrides) {
    }

    /** Changes of an organization; empty fields stay as they are. A tier change applies to the next decision. */
    public record UpdateOrganizationCommand(Principal principal, OrganizationId id, Optional<String> name,
                                            Optional<TierName> tier, Optional<ZoneId> timeZone,
                                            Optional<LimitOverrides> overrides) {
    }
}
