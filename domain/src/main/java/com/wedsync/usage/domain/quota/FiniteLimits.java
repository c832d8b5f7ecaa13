package com.wedsync.usage.domain.quota;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The map behind {@link LimitSet#finite()}: immutable, in the order of {@link LimitName}, and also holding each
 * limit as a plain field (0 when absent). Every quota decision reads all three limits, often more than once; a field
 * read costs it nothing, where a map look-up with its unboxing shows in the decision's profile.
 */
final class FiniteLimits extends AbstractMap<LimitName, Long> {

    private final Map<LimitName, Long> entries;
    private final long daily;
    private final long minute;
    private final long burst;

    FiniteLimits(EnumMap<LimitName, Long> limits) {
        this.entries = Collections.unmodifiableMap(limits);
        this.daily = limits.getOrDefault(LimitName.DAILY, 0L);
        this.minute = limits.getOrDefault(LimitName.MINUTE, 0L);
        this.burst = limits.getOrDefault(LimitName.BURST, 0L);
    }

    long bound(LimitName name) {
        return switch (name) {
            case DAILY -> daily;
            case MINUTE -> minute;
            case BURST -> burst;
        };
    }

    @Override
    public Long get(Object name) {
        return entries.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof LimitName limit && bound(limit) != 0;
    }

    /** Equal to any map of the same limits; between two of these, compared field by field. */
    @Override
    public boolean equals(Object other) {
        if (other instanceof FiniteLimits limits) {
            return daily == limits.daily && minute == limits.minute && burst == limits.burst;
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public Set<Entry<LimitName, Long>> entrySet() {
        return entries.entrySet();
    }
}
