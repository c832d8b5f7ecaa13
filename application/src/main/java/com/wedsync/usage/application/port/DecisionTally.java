package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.quota.LimitName;

import java.util.EnumMap;
import java.util.Map;

/**
 * Decisions counted over a period: admitted calls and the cost units they consumed, and denials per limit that
 * denied (a denial may name several).
 */
public record DecisionTally(long admitted, long admittedCost, long denied, Map<LimitName, Long> deniedByLimit) {

    public static final DecisionTally NONE = new DecisionTally(0, 0, 0, Map.of());

    public DecisionTally {
        deniedByLimit = Map.copyOf(deniedByLimit);
    }

    public DecisionTally plus(DecisionTally other) {
        Map<LimitName, Long> byLimit = new EnumMap<>(LimitName.class);
        deniedByLimit.forEach((limit, denials) -> byLimit.merge(limit, denials, Long::sum));
        other.deniedByLimit.forEach((limit, denials) -> byLimit.merge(limit, denials, Long::sum));
        return new DecisionTally(admitted + other.admitted, admittedCost + other.admittedCost,
                denied + other.denied, byLimit);
    }
}
