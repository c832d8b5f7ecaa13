package com.wedsync.usage.application.metrics;

import com.wedsync.usage.application.ingest.RecordUsageCommand;
import com.wedsync.usage.application.ingest.RecordUsageResult;
import com.wedsync.usage.application.ingest.RecordUsageUseCase;

/** The ingest use case, counting every batch and its events by result and timing it, whatever the answer. */
public final class MeteredRecordUsage implements RecordUsageUseCase {

    private final RecordUsageUseCase recordUsage;
    private final OperationalMetrics metrics;

    public MeteredRecordUsage(RecordUsageUseCase recordUsage, OperationalMetrics metrics) {
        this.recordUsage = recordUsage;
        this.metrics = metrics;
    }

    @Override
    public RecordUsageResult record(RecordUsageCommand command) {
        long started = System.nanoTime();
        RecordUsageResult result;
        try {
            result = recordUsage.record(command);
        } catch (RuntimeException failed) {
            metrics.recordFailed(System.nanoTime() - started);
            throw failed;
        }
        metrics.recorded(result, System.nanoTime() - started);
        return result;
    }
}
