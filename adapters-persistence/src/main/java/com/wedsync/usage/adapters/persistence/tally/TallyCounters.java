package com.wedsync.usage.adapters.persistence.tally;

import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.Decision;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** The counts of one organization-day, added to by many threads at once without locks. */
final class TallyCounters {

    private final LongAdder admitted = new LongAdder();
    private final LongAdder admittedCost = new LongAdder();
    private final LongAdder denied = new LongAdder();
    private final Map<LimitName, LongAdder> deniedByLimit = new EnumMap<>(LimitName.class);

    TallyCounters() {
        for (LimitName limit : LimitName.values()) {
            deniedByLimit.put(limit, new LongAdder());
        }
    }

    /** A denial counts once, and once more for every limit it names (a denial may name several, or none). */
    void add(Decision decision) {
        switch (decision) {
            case Decision.Admitted admission -> {
                admitted.increment();
                admittedCost.add(admission.consumed());
            }
            case Decision.Denied denial -> {
                denied.increment();
                denial.violated().forEach(limit -> deniedByLimit.get(limit).increment());
            }
        }
    }

    void add(TallyCounts counts) {
        admitted.add(counts.admitted());
        admittedCost.add(counts.admittedCost());
        denied.add(counts.denied());
        deniedByLimit.get(LimitName.DAILY).add(counts.deniedDaily());
        deniedByLimit.get(LimitName.MINUTE).add(counts.deniedMinute());
        deniedByLimit.get(LimitName.BURST).add(counts.deniedBurst());
    }

    /** Exact once no thread adds any more (the buffer guarantees that before it reads). */
    TallyCounts counts() {
        return new TallyCounts(admitted.sum(), admittedCost.sum(), denied.sum(), deniedByLimit.get(LimitName.DAILY).sum(),
                deniedByLimit.get(LimitName.MINUTE).sum(), deniedByLimit.get(LimitName.BURST).sum());
    }
}
