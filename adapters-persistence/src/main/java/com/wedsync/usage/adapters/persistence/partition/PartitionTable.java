package com.wedsync.usage.adapters.persistence.partition;

/** A month's table as the catalog shows it: attached to the usage log, half detached, or detached. */
record PartitionTable(MonthPartition partition, State state) {

    enum State {
        ATTACHED,
        /** A {@code DETACH … CONCURRENTLY} was interrupted; only {@code DETACH … FINALIZE} completes it. */
        DETACH_PENDING,
        /** Detached but not dropped (a drop that was interrupted). */
        DETACHED
    }
}
