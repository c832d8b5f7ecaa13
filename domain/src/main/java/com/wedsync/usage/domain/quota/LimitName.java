package com.wedsync.usage.domain.quota;

import java.util.Arrays;
import java.util.Optional;

/** The three limits every decision checks, with the length of their window as the headers report it. */
public enum LimitName {
    DAILY("daily", 86_400),
    MINUTE("minute", 60),
    BURST("burst", 1);

    private final String wireName;
    private final long nominalWindowSeconds;

    LimitName(String wireName, long nominalWindowSeconds) {
        this.wireName = wireName;
        this.nominalWindowSeconds = nominalWindowSeconds;
    }

    public String wireName() {
        return wireName;
    }

    /** The window in seconds; for the daily limit the nominal 24 hours (a local day may last 23 or 25). */
    public long nominalWindowSeconds() {
        return nominalWindowSeconds;
    }

    public static Optional<LimitName> fromWireName(String name) {
        return Arrays.stream(values()).filter(limit -> limit.wireName.equals(name)).findFirst();
    }
}
