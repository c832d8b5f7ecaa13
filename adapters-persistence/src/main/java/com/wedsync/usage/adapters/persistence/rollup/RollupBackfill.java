package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.domain.analytics.UsageRollup;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.util.List;

/**
 * Migration V7: counts the events a store held before it kept rollups (V4) into them, in chunks, inside the
 * migration's transaction, so that an upgraded store's rollups sum to its log from the first start. A new store
 * has no events and this does nothing.
 */
public final class RollupBackfill implements JavaMigration {

    private static final int CHUNK = 20_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "rollups of stored events";
    }

    /** Changing this class must not make Flyway refuse an upgraded store, so no checksum is recorded. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        StoredEvents.stream(context.getConnection(), "SELECT " + StoredEvents.COLUMNS + " FROM usage_event",
                List.of(), CHUNK, chunk -> RollupWriter.add(context.getConnection(),
                        UsageRollup.of(chunk, SystemShards.pick())));
    }
}
