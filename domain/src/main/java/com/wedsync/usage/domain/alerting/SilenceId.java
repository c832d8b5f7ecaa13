package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.util.regex.Pattern;

/** A silence's identifier, such as {@code sil_4kQ9ZrT2mXa7Lp0B}. */
public record SilenceId(String value) {

    private static final Pattern FORM = Pattern.compile("sil_[A-Za-z0-9]{1,64}");

    public SilenceId {
        Require.matching(value, FORM, "silenceId", "'sil_' and 1 to 64 letters or digits");
    }

    @Override
    public String toString() {
        return value;
    }
}
