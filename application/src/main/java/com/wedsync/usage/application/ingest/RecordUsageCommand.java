package com.wedsync.usage.application.ingest;

import java.util.List;

/** A batch of usage events to record. */
public record RecordUsageCommand(List<UsageEventSubmission> events) {

    public RecordUsageCommand {
        if (events == null) {
            throw new IllegalArgumentException("'events' is required");
        }
        events = List.copyOf(events);
    }
}
