package com.wedsync.usage.application.port;

/** What the usage log did with one event of a batch. */
public enum AppendOutcome {
    /** Newly stored, durably. */
    STORED,
    /** An event with this id was already stored; nothing changed. */
    DUPLICATE
}
