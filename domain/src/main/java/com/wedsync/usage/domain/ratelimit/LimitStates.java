package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.LimitName;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The limit states of one decision, held as primitives in one object and turned into {@link LimitState}s only
 * when read. A decision is made millions of times a second and mostly only its kind is looked at, so building
 * three validated records and a list for each (about 150 bytes) is left to the callers that read them; each
 * {@code LimitState} checks its invariants when it is built. An immutable list, in the order of {@link LimitName},
 * equal to any other list of the same states.
 */
final class LimitStates extends AbstractList<LimitState> implements RandomAccess {

    private static final LimitName[] NAMES = LimitName.values();

    // One field per limit and figure rather than arrays: this object is all a decision's states cost.
    private int present;
    private long dailyLimit;
    private long dailyRemaining;
    private long dailyReset;
    private long minuteLimit;
    private long minuteRemaining;
    private long minuteReset;
    private long burstLimit;
    private long burstRemaining;
    private long burstReset;

    /** {@code states} as an immutable list: itself when it is a ledger's, else {@code List.copyOf}. */
    static List<LimitState> copyOf(List<LimitState> states) {
        return states instanceof LimitStates ? states : List.copyOf(states);
    }

    /** Records one limit's state; only while the ledger builds its decision, before anyone can read it. */
    void put(LimitName name, long limit, long remaining, long resetSeconds) {
        present |= LimitNameSets.bit(name);
        switch (name) {
            case DAILY -> {
                dailyLimit = limit;
                dailyRemaining = remaining;
                dailyReset = resetSeconds;
            }
            case MINUTE -> {
                minuteLimit = limit;
                minuteRemaining = remaining;
                minuteReset = resetSeconds;
            }
            case BURST -> {
                burstLimit = limit;
                burstRemaining = remaining;
                burstReset = resetSeconds;
            }
        }
    }

    @Override
    public LimitState get(int index) {
        int rest = present;
        for (int skip = 0; skip < index && rest != 0; skip++) {
            rest &= rest - 1;
        }
        if (index < 0 || rest == 0) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size());
        }
        return switch (NAMES[Integer.numberOfTrailingZeros(rest)]) {
            case DAILY -> new LimitState(LimitName.DAILY, dailyLimit, dailyRemaining, dailyReset);
            case MINUTE -> new LimitState(LimitName.MINUTE, minuteLimit, minuteRemaining, minuteReset);
            case BURST -> new LimitState(LimitName.BURST, burstLimit, burstRemaining, burstReset);
        };
    }

    @Override
    public int size() {
        return Integer.bitCount(present);
    }
}
