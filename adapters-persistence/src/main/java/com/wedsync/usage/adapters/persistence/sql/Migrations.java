package com.wedsync.usage.adapters.persistence.sql;

import com.wedsync.usage.adapters.persistence.rollup.RollupBackfill;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Brings a database's schema up to date with the Flyway migrations shipped in this module: SQL files, and the one
 * Java migration ({@link RollupBackfill}, V7), which Flyway's class naming would otherwise force into a package of
 * its own.
 */
public final class Migrations {

    /** SQL that H2 (PostgreSQL mode) and PostgreSQL both accept: the whole schema of the embedded store. */
    public static final String COMMON = "classpath:db/migration/common";

    /**
     * PostgreSQL-only migrations, run together with {@link #COMMON} for the production store (the partitioned
     * usage log). Both locations share one sequence of versions: a version used in one must not appear in the other.
     */
    public static final String POSTGRESQL = "classpath:db/migration/postgresql";

    private Migrations() {
    }

    public static void migrate(DataSource dataSource, String... locations) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.length == 0 ? new String[] {COMMON} : locations)
                .javaMigrations(new RollupBackfill())
                .load()
                .migrate();
    }
}
