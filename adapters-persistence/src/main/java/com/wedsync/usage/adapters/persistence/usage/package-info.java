/**
 * The usage event log in SQL: idempotent batch appends keyed by event id, and the aggregates analytics reads. On
 * H2 an append is one batch insert; on PostgreSQL appends are merged by group commit and ingested through COPY
 * into the monthly partitions, with a key table that keeps event ids unique across partitions.
 */
package com.wedsync.usage.adapters.persistence.usage;
