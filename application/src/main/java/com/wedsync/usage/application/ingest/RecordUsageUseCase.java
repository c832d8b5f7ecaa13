package com.wedsync.usage.application.ingest;

/** Records a batch of usage events; returns only when every accepted event is durable. */
public interface RecordUsageUseCase {

    /** @throws com.wedsync.usage.application.TooLargeException when the batch exceeds the configured maximum */
    RecordUsageResult record(RecordUsageCommand command);
}
