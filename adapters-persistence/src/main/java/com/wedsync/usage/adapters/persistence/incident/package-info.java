/**
 * Incidents and their steps in the {@code incident} and {@code incident_step} tables, the same SQL on H2 and
 * PostgreSQL.
 */
package com.wedsync.usage.adapters.persistence.incident;
