package com.wedsync.usage.domain.alerting;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a rule was made. The original usage-analytics endpoint owns the rules it made: setting an organization's
 * thresholds again replaces those and never touches a rule made through the rules API.
 */
public enum RuleSource {
    /** Made through {@code /v1/alert-rules}. */
    API("api"),
    /** One of an organization's usage alert thresholds, made by {@code POST /api/usage-analytics}. */
    USAGE_ANALYTICS("usage-analytics"),
    /** Built into the service and evaluated on every node; never stored, never edited (DESIGN §2.7). */
    BUILT_IN("built-in");

    private final String wireName;

    RuleSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RuleSource> fromWireName(String name) {
        return Arrays.stream(values()).filter(source -> source.wireName.equals(name)).findFirst();
    }
}
