package com.wedsync.usage.application.ingest;

import java.util.List;

/** What became of a batch: events newly stored, events already stored before (or twice in it), events rejected. */
public record RecordUsageResult(int accepted, int duplicates, List<RejectedEvent> rejected) {

    public RecordUsageResult {
        rejected = List.copyOf(rejected);
    }
}
