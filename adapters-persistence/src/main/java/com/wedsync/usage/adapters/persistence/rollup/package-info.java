/**
 * The usage rollups: written with the events in one transaction (on PostgreSQL as delta rows that a background
 * compactor merges into the cells), read by the analytics, checked against the log.
 */
package com.wedsync.usage.adapters.persistence.rollup;
