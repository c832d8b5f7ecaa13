package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.Require;

import java.util.regex.Pattern;

/** An incident's identifier, such as {@code inc_4kQ9ZrT2mXa7Lp0B}. */
public record IncidentId(String value) {

    private static final Pattern FORM = Pattern.compile("inc_[A-Za-z0-9]{1,64}");

    public IncidentId {
        Require.matching(value, FORM, "incidentId", "'inc_' and 1 to 64 letters or digits");
    }

    @Override
    public String toString() {
        return value;
    }
}
