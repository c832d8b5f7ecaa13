package com.wedsync.usage.domain.tenancy;

import com.wedsync.usage.domain.Require;

import java.util.regex.Pattern;

/** An API key's public identifier (not its secret), such as {@code key_3fZk9QaLm2}. */
public record ApiKeyId(String value) {

    private static final Pattern FORM = Pattern.compile("key_[A-Za-z0-9]{1,64}");

    public ApiKeyId {
        Require.matching(value, FORM, "apiKeyId", "'key_' and 1 to 64 letters or digits");
    }

    @Override
    public String toString() {
        return value;
    }
}
