package com.wedsync.usage.adapters.redis.inprocess;

import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.ratelimit.QuotaLedger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.StampedLock;

/**
 * One organization's ledger with its lock. Admissions take the write lock; a denial writes nothing, so it is
 * answered from an optimistic read and validated, and callers of a hot organization that is over its limits do not
 * queue behind each other (nor pay for a lock) while they are turned away. The slot is its own lock, one object less
 * per organization.
 *
 * <p>The ledger keeps time from running backwards only for the decisions it records; a denial answered optimistically
 * records nothing, so the slot keeps the latest time any decision saw ({@link #advanceTo}) and the ledger is only ever
 * asked at that time or later.
 */
final class OrganizationSlot extends StampedLock {

    private static final VarHandle LATEST_MILLIS;

    static {
        try {
            LATEST_MILLIS = MethodHandles.lookup().findVarHandle(OrganizationSlot.class, "latestMillis", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final QuotaLedger ledger = new QuotaLedger();
    /** Set, under the write lock, when the slot has left the map: a decision must retry on a fresh slot. */
    boolean retired;
    /** Set, under the write lock, once the day's earlier admissions have been taken over. */
    boolean restored;
    private volatile long latestMillis = Long.MIN_VALUE;
    /** The last denial answered without the lock; read and replaced without it too (it is immutable). */
    private LastDenial lastDenial;

    /** True when a decision has already come at {@code clockMillis} or later: the organization is busy. */
    boolean hasSeen(long clockMillis) {
        return clockMillis <= latestMillis;
    }

    /** The time of a decision whose clock reads {@code clockMillis}: never earlier than one before it. */
    long advanceTo(long clockMillis) {
        long latest = latestMillis;
        while (clockMillis > latest) {
            if (LATEST_MILLIS.weakCompareAndSet(this, latest, clockMillis)) {
                return clockMillis;
            }
            latest = latestMillis;
        }
        return latest;
    }

    /**
     * The denial the ledger gives at {@code now} without a write, or null when it must decide under the lock. A
     * denial depends only on the ledger's state, the time and the question: while no write intervenes (the lock's
     * stamp is unchanged), the same question in the same millisecond gets the same (immutable) answer again. The
     * answer is kept only for a {@code busy} organization, one asked more than once a millisecond: for the others
     * keeping it would cost an object and a write per decision, and never be used.
     */
    Decision optimisticDenial(long now, LimitSet limits, LocalCalendar calendar, long cost, boolean busy) {
        long stamp = tryOptimisticRead();
        if (stamp == 0) {
            return null;
        }
        LastDenial last = lastDenial;
        if (last != null && last.answers(stamp, now, limits, calendar, cost)) {
            return last.denial();
        }
        Decision denial = restored && !retired ? ledger.peekDenial(now, limits, calendar, cost) : null;
        if (denial == null || !validate(stamp)) {
            return null;
        }
        if (busy) {
            lastDenial = new LastDenial(stamp, now, limits, calendar, cost, denial);
        }
        return denial;
    }

    /** A denial with the question it answered and the lock's stamp it was validated against. */
    private record LastDenial(long stamp, long now, LimitSet limits, LocalCalendar calendar, long cost,
                              Decision denial) {
        boolean answers(long stampNow, long nowMillis, LimitSet limitsNow, LocalCalendar calendarNow, long costNow) {
            return stamp == stampNow && now == nowMillis && cost == costNow
                    && (limits == limitsNow || limits.equals(limitsNow))
                    && (calendar == calendarNow || calendar.equals(calendarNow));
        }
    }
}
