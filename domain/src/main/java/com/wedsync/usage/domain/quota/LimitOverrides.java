package com.wedsync.usage.domain.quota;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * An organization's exceptions to its tier: per limit either a number of cost units or unlimited
 * (an empty {@link OptionalLong}). Limits not named here follow the tier.
 */
public record LimitOverrides(Map<LimitName, OptionalLong> values) {

    public static final LimitOverrides NONE = new LimitOverrides(Map.of());

    public LimitOverrides {
        EnumMap<LimitName, OptionalLong> copy = new EnumMap<>(LimitName.class);
        values.forEach((name, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("override of '" + name.wireName() + "' is required");
            }
            if (value.isPresent() && value.getAsLong() <= 0) {
                throw new IllegalArgumentException(
                        "override of '" + name.wireName() + "' must be positive, was " + value.getAsLong());
            }
            copy.put(name, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
