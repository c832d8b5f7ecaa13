/** The usage event log in SQL: idempotent batch appends keyed by event id, and the aggregates analytics reads. */
package com.wedsync.usage.adapters.persistence.usage;
