package com.wedsync.usage.adapters.persistence.sql;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** Brings a database's schema up to date with the Flyway migrations shipped in this module. */
public final class Migrations {

    /** SQL that H2 (PostgreSQL mode) and PostgreSQL both accept; a PostgreSQL-only location may be added next to it. */
    public static final String COMMON = "classpath:db/migration/common";

    private Migrations() {
    }

    public static void migrate(DataSource dataSource, String... locations) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.length == 0 ? new String[] {COMMON} : locations)
                .load()
                .migrate();
    }
}
