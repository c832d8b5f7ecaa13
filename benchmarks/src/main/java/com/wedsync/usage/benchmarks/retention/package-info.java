/** What retention costs on the partitioned PostgreSQL usage log, and what it does to ingest meanwhile. */
package com.wedsync.usage.benchmarks.retention;
