/**
 * The monthly partitions of the PostgreSQL usage log: their names and bounds, creating them ahead of time and on
 * demand, dropping whole months, and deleting rows of one partition in bounded batches together with their keys.
 */
package com.wedsync.usage.adapters.persistence.partition;
