package com.wedsync.usage.application.ingest;

import com.wedsync.usage.domain.usage.EventRejection;

/** One event of a batch that was not taken: its position in the batch, why, and a readable detail. */
public record RejectedEvent(int index, EventRejection reason, String detail) {
}
