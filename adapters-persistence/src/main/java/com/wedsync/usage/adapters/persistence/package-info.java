/**
 * The persistence adapters behind the application's store ports: a {@link
 * com.wedsync.usage.adapters.persistence.UsageStore} is either the embedded H2 database ({@link
 * com.wedsync.usage.adapters.persistence.EmbeddedDatabase}) or PostgreSQL ({@link
 * com.wedsync.usage.adapters.persistence.PostgresDatabase}), both handing out the SQL implementations of the ports.
 */
package com.wedsync.usage.adapters.persistence;
