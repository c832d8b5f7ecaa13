package com.wedsync.usage.application.port;

/** Where a webhook delivery stands: still to be sent (perhaps again), delivered, or given up. */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED
}
