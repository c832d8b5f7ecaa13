package com.wedsync.usage.benchmarks.replay;

/**
 * What ingest answered over the whole replay: events stored, repeats reported, events refused, and events in
 * batches that failed as a whole ({@code lost}: no 202).
 */
public record IngestCounts(long accepted, long duplicates, long rejected, long lost) {
}
