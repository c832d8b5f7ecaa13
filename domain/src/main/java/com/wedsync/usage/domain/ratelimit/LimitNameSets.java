package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.LimitName;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The eight possible sets of limit names, made once. A denial names the limits it violated; sharing these
 * immutable sets spares every denial the copy that {@code Set.copyOf} would make (a hash table, an array, a set).
 */
final class LimitNameSets {

    private static final LimitName[] NAMES = LimitName.values();
    private static final Set<LimitName>[] BY_MASK = allSets();

    private LimitNameSets() {
    }

    static int bit(LimitName name) {
        return 1 << name.ordinal();
    }

    /** The set of the names whose {@link #bit} is set in {@code mask}. */
    static Set<LimitName> of(int mask) {
        return BY_MASK[mask];
    }

    /** An immutable set equal to {@code names}: a shared one (found without a look at a shared one's contents). */
    static Set<LimitName> copyOf(Set<LimitName> names) {
        if (names instanceof Shared) {
            return names;
        }
        int mask = 0;
        for (LimitName name : NAMES) {
            mask |= names.contains(name) ? bit(name) : 0;
        }
        return Integer.bitCount(mask) == names.size() ? BY_MASK[mask] : Set.copyOf(names);
    }

    @SuppressWarnings("unchecked")
    private static Set<LimitName>[] allSets() {
        Set<LimitName>[] sets = new Set[1 << NAMES.length];
        for (int mask = 0; mask < sets.length; mask++) {
            EnumSet<LimitName> set = EnumSet.noneOf(LimitName.class);
            for (LimitName name : NAMES) {
                if ((mask & bit(name)) != 0) {
                    set.add(name);
                }
            }
            sets[mask] = new Shared(set);
        }
        return sets;
    }

    /** One of the shared sets: immutable, so that it can be handed to every decision. */
    private static final class Shared extends AbstractSet<LimitName> {
        private final Set<LimitName> names;

        Shared(EnumSet<LimitName> names) {
            this.names = Collections.unmodifiableSet(names);
        }

        @Override
        public boolean contains(Object name) {
            return names.contains(name);
        }

        @Override
        public Iterator<LimitName> iterator() {
            return names.iterator();
        }

        @Override
        public int size() {
            return names.size();
        }
    }
}
