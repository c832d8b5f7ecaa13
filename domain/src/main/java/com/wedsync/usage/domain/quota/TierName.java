package com.wedsync.usage.domain.quota;

import com.wedsync.usage.domain.Require;

import java.util.regex.Pattern;

/** The name of a tier, upper case, such as {@code FREE} or {@code ENTERPRISE}. */
public record TierName(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public TierName {
        Require.matching(value, FORM, "tier", "1 to 32 upper-case letters, digits or '_', starting with a letter");
    }

    @Override
    public String toString() {
        return value;
    }
}
