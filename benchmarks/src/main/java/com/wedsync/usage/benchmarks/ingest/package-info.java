/**
 * Ingest into PostgreSQL: the product's usage log (group-commit COPY with the duplicates check) against a raw pgJDBC
 * {@code COPY} of the same rows into the same table, with the same callers, in one run.
 */
package com.wedsync.usage.benchmarks.ingest;
