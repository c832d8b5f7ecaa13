package com.wedsync.usage.application.metrics;

import java.util.Locale;

/** The incident states whose entries are counted, as the metrics label them. */
public enum IncidentState {
    TRIGGERED,
    ACKNOWLEDGED,
    RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
