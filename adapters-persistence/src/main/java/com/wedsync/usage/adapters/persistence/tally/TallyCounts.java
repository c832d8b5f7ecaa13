package com.wedsync.usage.adapters.persistence.tally;

/** Decisions counted for one organization-day: admitted, denied, and denials per limit that denied. */
record TallyCounts(long admitted, long admittedCost, long denied, long deniedDaily, long deniedMinute, long deniedBurst) {

    TallyCounts plus(TallyCounts other) {
        return new TallyCounts(admitted + other.admitted, admittedCost + other.admittedCost, denied + other.denied,
                deniedDaily + other.deniedDaily, deniedMinute + other.deniedMinute, deniedBurst + other.deniedBurst);
    }
}
