package com.wedsync.usage.domain.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an incident is in its life, and the kind of step that took it there. */
public enum IncidentState {
    TRIGGERED,
    ACKNOWLEDGED,
    RESOLVED;

    /** Triggered and acknowledged incidents are open: their fingerprint has no room for another. */
    public boolean isOpen() {
        return this != RESOLVED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IncidentState> fromWireName(String name) {
        return Arrays.stream(values()).filter(state -> state.wireName().equals(name)).findFirst();
    }
}
