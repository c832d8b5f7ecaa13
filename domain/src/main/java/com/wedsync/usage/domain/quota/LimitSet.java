package com.wedsync.usage.domain.quota;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The finite limits in force, in cost units; a limit that is absent is unlimited.
 * Unlimited is never represented by a large number, so it can never be reported as one.
 */
public record LimitSet(Map<LimitName, Long> finite) {

    public LimitSet {
        EnumMap<LimitName, Long> copy = new EnumMap<>(LimitName.class);
        finite.forEach((name, value) -> {
            if (value == null || value <= 0) {
                throw new IllegalArgumentException("'" + name.wireName() + "' limit must be positive, was " + value);
            }
            copy.put(name, value);
        });
        finite = new FiniteLimits(copy);
    }

    public static LimitSet of(Long perDay, Long perMinute, Long burst) {
        EnumMap<LimitName, Long> limits = new EnumMap<>(LimitName.class);
        if (perDay != null) {
            limits.put(LimitName.DAILY, perDay);
        }
        if (perMinute != null) {
            limits.put(LimitName.MINUTE, perMinute);
        }
        if (burst != null) {
            limits.put(LimitName.BURST, burst);
        }
        return new LimitSet(limits);
    }

    public OptionalLong limit(LimitName name) {
        Long value = finite.get(name);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** The limit in cost units, 0 when unlimited: for hot paths, which then allocate no {@code OptionalLong}. */
    public long bound(LimitName name) {
        return ((FiniteLimits) finite).bound(name);
    }

    public boolean isUnlimited(LimitName name) {
        return !finite.containsKey(name);
    }

    /** These limits with the overrides applied on top; an override may also make a limit unlimited. */
    public LimitSet overriddenBy(LimitOverrides overrides) {
        EnumMap<LimitName, Long> merged = new EnumMap<>(LimitName.class);
        merged.putAll(finite);
        overrides.values().forEach((name, value) -> {
            if (value.isPresent()) {
                merged.put(name, value.getAsLong());
            } else {
                merged.remove(name);
            }
        });
        return new LimitSet(merged);
    }
}
