package com.wedsync.usage.domain.quota;

/** What a tier's decisions do when the shared counter store cannot be reached. */
public enum FailureMode {
    /** Decide locally with this node's share of every limit, marked degraded. */
    OPEN,
    /** Deny with the reason {@code store_unavailable}. */
    CLOSED
}
