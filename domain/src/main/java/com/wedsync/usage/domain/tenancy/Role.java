package com.wedsync.usage.domain.tenancy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a management principal may do (DESIGN §2.9). */
public enum Role {
    /** Everything. */
    ADMIN,
    /** Its own organization: analytics, keys, alert thresholds. */
    OWNER,
    /** Its own organization: read only. */
    VIEWER,
    /** Decisions and usage ingest for every organization. */
    SERVICE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOrganizationScoped() {
        return this == OWNER || this == VIEWER;
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(role -> role.wireName().equals(name)).findFirst();
    }
}
