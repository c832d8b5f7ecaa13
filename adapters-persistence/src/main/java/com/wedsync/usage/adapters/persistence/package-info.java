/**
 * The persistence adapters behind the application's store ports: {@link
 * com.wedsync.usage.adapters.persistence.EmbeddedDatabase} opens the embedded H2 database and hands out the SQL
 * implementations of the ports, which a PostgreSQL entry point can reuse over its own data source.
 */
package com.wedsync.usage.adapters.persistence;
