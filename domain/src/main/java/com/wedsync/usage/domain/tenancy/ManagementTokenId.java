package com.wedsync.usage.domain.tenancy;

import com.wedsync.usage.domain.Require;

import java.util.regex.Pattern;

/** A management token's public identifier, such as {@code tok_8HqP2xk}. */
public record ManagementTokenId(String value) {

    private static final Pattern FORM = Pattern.compile("tok_[A-Za-z0-9]{1,64}");

    public ManagementTokenId {
        Require.matching(value, FORM, "tokenId", "'tok_' and 1 to 64 letters or digits");
    }

    @Override
    public String toString() {
        return value;
    }
}
