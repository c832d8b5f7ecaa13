package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.util.regex.Pattern;

/** An alert rule's identifier, such as {@code rule_7Hq2LmX0aB}. */
public record AlertRuleId(String value) {

    private static final Pattern FORM = Pattern.compile("rule_[A-Za-z0-9]{1,64}");
    private static final String EXPECTATION = "'rule_' and 1 to 64 letters or digits";

    public AlertRuleId {
        Require.matching(value, FORM, "alertRuleId", EXPECTATION);
    }

    /** The id a client sent as {@code field} ({@code ruleId}), refused in that field's name when malformed. */
    public static AlertRuleId sentAs(String field, String value) {
        return new AlertRuleId(Require.matching(value, FORM, field, EXPECTATION));
    }

    @Override
    public String toString() {
        return value;
    }
}
