/**
 * Per-tier retention of raw usage events on PostgreSQL: whole monthly partitions dropped once every tier is done
 * with them, and the rest deleted in bounded batches inside the old partitions only.
 */
package com.wedsync.usage.adapters.persistence.retention;
