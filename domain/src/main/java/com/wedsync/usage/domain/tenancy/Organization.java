package com.wedsync.usage.domain.tenancy;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.TierName;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A customer of WedSync's API. It has one tier, may have overrides of any limit, and lives on its own calendar
 * (an IANA time zone, UTC unless set): its daily quota, rollups and retention follow that zone's days.
 * All API keys of an organization share its limits.
 */
public record Organization(OrganizationId id, String name, TierName tier, ZoneId timeZone,
                           LimitOverrides overrides, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 200;

    public Organization {
        Require.present(id, "id");
        Require.present(name, "name");
        if (name.isBlank() || !Require.isReadableText(name, MAX_NAME_LENGTH, false)) {
            throw new IllegalArgumentException("'name' must be 1 to " + MAX_NAME_LENGTH
                    + " characters without control characters, was " + Require.quoted(name));
        }
        Require.present(tier, "tier");
        Require.present(timeZone, "timeZone");
        Require.present(overrides, "overrides");
        Require.present(createdAt, "createdAt");
    }

    public Organization withTier(TierName newTier) {
        return new Organization(id, name, newTier, timeZone, overrides, createdAt);
    }

    public Organization withTimeZone(ZoneId newZone) {
        return new Organization(id, name, tier, newZone, overrides, createdAt);
    }

    public Organization withOverrides(LimitOverrides newOverrides) {
        return new Organization(id, name, tier, timeZone, newOverrides, createdAt);
    }

    public Organization withName(String newName) {
        return new Organization(id, newName, tier, timeZone, overrides, createdAt);
    }
}
