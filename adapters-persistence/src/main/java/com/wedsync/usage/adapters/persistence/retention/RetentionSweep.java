package com.wedsync.usage.adapters.persistence.retention;

import java.time.YearMonth;
import java.util.List;

/**
 * What one retention run removed: the months whose partitions were dropped whole (their rows are not counted,
 * which would mean reading them), and the number of events deleted one by one from partitions that stay.
 */
public record RetentionSweep(List<YearMonth> droppedMonths, long deletedEvents) {

    public RetentionSweep {
        droppedMonths = List.copyOf(droppedMonths);
        if (deletedEvents < 0) {
            throw new IllegalArgumentException("'deletedEvents' must not be negative, was " + deletedEvents);
        }
    }
}
