package com.wedsync.usage.adapters.rest.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitOverrides;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Limit overrides on the wire: {@code {"daily": 1000, "minute": "unlimited"}}. A limit left out, or null, follows
 * the tier. Unlimited is spelled out as a word, never as a large number.
 */
final class OverridesJson {

    static final String UNLIMITED = "unlimited";

    private OverridesJson() {
    }

    static LimitOverrides toDomain(Map<String, JsonNode> wire) {
        Map<LimitName, OptionalLong> overrides = new EnumMap<>(LimitName.class);
        wire.forEach((name, value) -> {
            LimitName limit = LimitName.fromWireName(name).orElseThrow(() -> new IllegalArgumentException(
                    "'overrides' may name daily, minute and burst only, was " + Require.quoted(name)));
            if (value != null && !value.isNull()) {
                overrides.put(limit, override(limit, value));
            }
        });
        return new LimitOverrides(overrides);
    }

    static Map<String, Object> fromDomain(LimitOverrides overrides) {
        Map<String, Object> wire = new LinkedHashMap<>();
        overrides.values().forEach((name, value) ->
                wire.put(name.wireName(), value.isPresent() ? (Object) value.getAsLong() : UNLIMITED));
        return wire;
    }

    private static OptionalLong override(LimitName limit, JsonNode value) {
        if (value.isTextual() && UNLIMITED.equals(value.textValue())) {
            return OptionalLong.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return OptionalLong.of(value.longValue());
        }
        throw new IllegalArgumentException("override of '" + limit.wireName()
                + "' must be a positive integer or \"unlimited\"");
    }
}
