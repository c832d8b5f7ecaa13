package com.wedsync.usage.adapters.rest.ingest;

import com.wedsync.usage.application.ingest.RecordUsageResult;
import com.wedsync.usage.application.ingest.RejectedEvent;

import java.util.List;

/** What became of a batch: newly stored, already stored (duplicates), and rejected events with their reasons. */
public record IngestResultJson(int accepted, int duplicates, List<RejectedJson> rejected) {

    /** One rejected event: its position in the batch, a stable reason, and a readable detail. */
    public record RejectedJson(int index, String reason, String detail) {

        static RejectedJson fromDomain(RejectedEvent rejected) {
            return new RejectedJson(rejected.index(), rejected.reason().wireName(), rejected.detail());
        }
    }

    static IngestResultJson fromDomain(RecordUsageResult result) {
        return new IngestResultJson(result.accepted(), result.duplicates(),
                result.rejected().stream().map(RejectedJson::fromDomain).toList());
    }
}
