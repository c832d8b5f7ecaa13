package com.wedsync.usage.benchmarks.replay;

import java.util.List;

/** The answer to one ingest batch: events newly stored, repeats of stored events, and refusals by position. */
public record IngestAnswer(int accepted, int duplicates, List<Rejected> rejected) {

    public IngestAnswer {
        rejected = List.copyOf(rejected);
    }

    /** One refused event: its index in the batch, the reason code and a readable detail. */
    public record Rejected(int index, String reason, String detail) {
    }
}
