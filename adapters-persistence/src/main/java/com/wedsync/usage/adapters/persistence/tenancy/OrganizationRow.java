package com.wedsync.usage.adapters.persistence.tenancy;

import com.wedsync.usage.adapters.persistence.sql.Numbers;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import io.helidon.dbclient.DbRow;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.OptionalLong;

/**
 * The {@code organization} row layout. Each limit's override takes two columns: {@code override_<limit>} holds a
 * number, {@code override_<limit>_unlimited} says the override lifts the limit; neither set means no override.
 */
final class OrganizationRow {

    /** Every column but the id first, then the id, so one value array serves the insert and the update. */
    static final String COLUMNS = "name, tier, time_zone, override_daily, override_daily_unlimited, override_minute,"
            + " override_minute_unlimited, override_burst, override_burst_unlimited, created_at, id";

    private OrganizationRow() {
    }

    static Object[] values(Organization organization) {
        List<Object> values = new ArrayList<>(List.of(organization.name(), organization.tier().value(),
                organization.timeZone().getId()));
        for (LimitName limit : LimitName.values()) {
            OptionalLong override = organization.overrides().values().get(limit);
            values.add(override != null && override.isPresent() ? override.getAsLong() : null);
            values.add(override != null && override.isEmpty());
        }
        values.add(Timestamps.parameter(organization.createdAt()));
        values.add(organization.id().value());
        return values.toArray();
    }

    static Organization organization(DbRow row) {
        return new Organization(new OrganizationId(row.column("id").getString()), row.column("name").getString(),
                new TierName(row.column("tier").getString()), ZoneId.of(row.column("time_zone").getString()),
                overrides(row), Timestamps.instant(row.column("created_at").get()));
    }

    private static LimitOverrides overrides(DbRow row) {
        EnumMap<LimitName, OptionalLong> overrides = new EnumMap<>(LimitName.class);
        for (LimitName limit : LimitName.values()) {
            Long value = Numbers.nullableLongOf(row, "override_" + limit.wireName());
            if (value != null) {
                overrides.put(limit, OptionalLong.of(value));
            } else if ((Boolean) row.column("override_" + limit.wireName() + "_unlimited").get()) {
                overrides.put(limit, OptionalLong.empty());
            }
        }
        return new LimitOverrides(overrides);
    }
}
