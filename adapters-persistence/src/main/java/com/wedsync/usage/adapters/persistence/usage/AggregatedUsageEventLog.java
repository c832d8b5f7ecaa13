package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.domain.tenancy.OrganizationId;

/**
 * What the embedded and the PostgreSQL usage logs share: both append events and their rollups in one transaction,
 * and both can erase an organization. They differ in how they append and erase.
 */
public abstract sealed class AggregatedUsageEventLog implements UsageEventLog
        permits SqlUsageEventLog, PostgresUsageEventLog {

    /** Deletes every event of the organization, with the keys that make appends idempotent, and its rollups. */
    public abstract void erase(OrganizationId organization);
}
