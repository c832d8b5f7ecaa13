package com.wedsync.usage.domain.alerting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How urgent a breach is, in increasing order. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromWireName(String name) {
        return Arrays.stream(values()).filter(severity -> severity.wireName().equals(name)).findFirst();
    }
}
