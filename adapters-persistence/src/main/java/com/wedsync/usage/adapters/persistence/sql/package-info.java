/**
 * The plumbing every SQL adapter shares: the Helidon DbClient over a caller's pool, Flyway migrations,
 * JDBC transactions with retry, and the conversions of instants to and from portable column values.
 */
package com.wedsync.usage.adapters.persistence.sql;
