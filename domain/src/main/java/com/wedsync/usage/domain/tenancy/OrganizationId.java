package com.wedsync.usage.domain.tenancy;

import com.wedsync.usage.domain.Require;

import java.util.regex.Pattern;

/** An organization's identifier: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit. */
public record OrganizationId(String value) implements Comparable<OrganizationId> {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public OrganizationId {
        Require.matching(value, FORM, "organizationId",
                "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    @Override
    public int compareTo(OrganizationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
