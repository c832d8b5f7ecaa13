package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one organization has consumed: today's cost on its own calendar and the exact rolling minute and
 * second. A ledger is born on the organization's first call and may be forgotten once it is idle (its day is
 * over and both windows are empty), because then it holds nothing that a later decision could need.
 *
 * <p>Each decision is all-or-nothing: the call is admitted only if every finite limit has room for its whole
 * cost, and then consumes from every limit; a denied call consumes nothing. The ledger never lets time run
 * backwards: a clock that steps back is treated as standing still, so it neither frees nor burns quota.
 * A rolling limit that is unlimited is not counted; it starts counting when it becomes finite, while the
 * daily cost is always counted, so that a change of tier keeps what was used today.
 *
 * <p>Not thread-safe: the store that holds ledgers makes each decision one critical section, except
 * {@link #peekDenial}, which writes nothing and may run beside a decision if its answer is then validated.
 */
public final class QuotaLedger {

    private static final long MINUTE_MILLIS = 60_000;
    private static final long SECOND_MILLIS = 1_000;

    private final LocalDay localDay = new LocalDay();
    private RollingWindow minute;
    private RollingWindow burst;
    private long latestMillis = Long.MIN_VALUE;
    private long dayEndsAtMillis = Long.MIN_VALUE;

    public Decision decide(QuotaRequest request) {
        return decide(request.now().toEpochMilli(), request.limits(), request.calendar(), request.cost(),
                request.dryRun());
    }

    /** {@link #decide(QuotaRequest)} with the arrival time in epoch milliseconds, for stores on a hot path. */
    public Decision decide(long nowMillis, LimitSet limits, LocalCalendar calendar, long cost, boolean dryRun) {
        Require.positive(cost, "cost");
        long now = Math.max(nowMillis, latestMillis);
        latestMillis = now;
        localDay.moveTo(now, calendar);
        minute = kept(minute, limits, LimitName.MINUTE, MINUTE_MILLIS);
        burst = kept(burst, limits, LimitName.BURST, SECOND_MILLIS);
        if (minute != null) {
            minute.evict(now);
        }
        if (burst != null) {
            burst.evict(now);
        }
        Decision denial = denial(limits, cost, now, minute, burst);
        return denial != null ? denial : admit(limits, dryRun ? 0 : cost, now);
    }

    /**
     * The denial that {@link #decide} would answer at {@code nowMillis}, when deciding would change nothing but the
     * latest time seen; {@code null} when the call would be admitted or the ledger first has to move on (a new day,
     * expired entries, a limit that became finite or unlimited, a clock behind the latest time seen). It writes
     * nothing, so the caller must keep time from running backwards itself: a later decision has to come no earlier
     * than this one. It never throws for a state torn by a concurrent decision; such an answer is to be discarded.
     */
    public Decision peekDenial(long nowMillis, LimitSet limits, LocalCalendar calendar, long cost) {
        RollingWindow minuteNow = minute;
        RollingWindow burstNow = burst;
        boolean ready = nowMillis >= latestMillis && cost > 0 && localDay.contains(nowMillis, calendar)
                && isReady(minuteNow, limits.bound(LimitName.MINUTE), nowMillis)
                && isReady(burstNow, limits.bound(LimitName.BURST), nowMillis);
        return ready ? denial(limits, cost, nowMillis, minuteNow, burstNow) : null;
    }

    /**
     * Takes over what was admitted earlier today elsewhere (before a restart, or by the shared store), when that
     * is more than this ledger has counted: the day's quota stays true across the hand-over.
     */
    public void restoreUsedToday(Instant now, LocalCalendar calendar, long used) {
        long at = Math.max(now.toEpochMilli(), latestMillis);
        localDay.moveTo(at, calendar);
        if (used > 0 && localDay.used() < used) {
            localDay.raiseTo(used);
            dayEndsAtMillis = Math.max(dayEndsAtMillis, localDay.endMillis());
        }
    }

    /** Cost admitted on {@code today}, whatever the daily limit is. */
    public long usedToday(LocalDate today) {
        return localDay.usedOn(today);
    }

    /** True when forgetting this ledger loses nothing: its last counted day is over and its windows are empty. */
    public boolean isIdle(Instant now) {
        long at = now.toEpochMilli();
        return at >= dayEndsAtMillis && isEmpty(minute, at) && isEmpty(burst, at);
    }

    /** The window to count {@code name} in: none while it is unlimited, a new one when it has just become finite. */
    private static RollingWindow kept(RollingWindow window, LimitSet limits, LimitName name, long windowMillis) {
        if (limits.isUnlimited(name)) {
            return null;
        }
        return window != null ? window : new RollingWindow(windowMillis);
    }

    private static boolean isReady(RollingWindow window, long limit, long now) {
        return (window == null) == (limit == 0) && (window == null || !window.isDueForEviction(now));
    }

    private static boolean isEmpty(RollingWindow window, long now) {
        if (window == null) {
            return true;
        }
        window.evict(now);
        return window.isEmpty();
    }

    /** The denial of {@code cost} at {@code now}, or null; reads only (the windows are passed as read once). */
    private Decision denial(LimitSet limits, long cost, long now, RollingWindow minute, RollingWindow burst) {
        long dailyLimit = limits.bound(LimitName.DAILY);
        long minuteLimit = limits.bound(LimitName.MINUTE);
        long burstLimit = limits.bound(LimitName.BURST);
        int tooCostly = over(dailyLimit, 0, cost, LimitName.DAILY) | over(minuteLimit, 0, cost, LimitName.MINUTE)
                | over(burstLimit, 0, cost, LimitName.BURST);
        if (tooCostly != 0) {
            return new Decision.Denied(states(limits, now, minute, burst), LimitNameSets.of(tooCostly),
                    DenialReason.COST_EXCEEDS_LIMIT, RetryAfter.NEVER, false);
        }
        int violated = over(dailyLimit, localDay.used(), cost, LimitName.DAILY)
                | over(minuteLimit, minute == null ? 0 : minute.used(), cost, LimitName.MINUTE)
                | over(burstLimit, burst == null ? 0 : burst.used(), cost, LimitName.BURST);
        if (violated == 0) {
            return null;
        }
        long waitMillis = (violated & LimitNameSets.bit(LimitName.DAILY)) == 0 ? 0 : localDay.endMillis() - now;
        if ((violated & LimitNameSets.bit(LimitName.MINUTE)) != 0) {
            waitMillis = Math.max(waitMillis, minute.millisUntilUsedAtMost(minuteLimit - cost, now));
        }
        if ((violated & LimitNameSets.bit(LimitName.BURST)) != 0) {
            waitMillis = Math.max(waitMillis, burst.millisUntilUsedAtMost(burstLimit - cost, now));
        }
        return new Decision.Denied(states(limits, now, minute, burst), LimitNameSets.of(violated),
                DenialReason.LIMIT_EXCEEDED, RetryAfter.seconds(Math.max(1, ceilSeconds(waitMillis))), false);
    }

    /** The bit of {@code name} when {@code cost} on top of {@code used} does not fit a finite {@code limit}. */
    private static int over(long limit, long used, long cost, LimitName name) {
        return limit != 0 && used + cost > limit ? LimitNameSets.bit(name) : 0;
    }

    private Decision admit(LimitSet limits, long consumed, long now) {
        if (consumed > 0) {
            localDay.add(consumed);
            if (minute != null) {
                minute.add(now, consumed);
            }
            if (burst != null) {
                burst.add(now, consumed);
            }
            dayEndsAtMillis = localDay.endMillis();
        }
        return new Decision.Admitted(states(limits, now, minute, burst), consumed, false);
    }

    /**
     * Every finite limit's state after the decision. What is left is read after an admission has been counted, so
     * it is the same as the limit less what was used before and less what the decision consumed.
     */
    private LimitStates states(LimitSet limits, long now, RollingWindow minute, RollingWindow burst) {
        LimitStates states = new LimitStates();
        long dailyLimit = limits.bound(LimitName.DAILY);
        if (dailyLimit != 0) {
            states.put(LimitName.DAILY, dailyLimit, remaining(dailyLimit, localDay.used()),
                    ceilSeconds(localDay.endMillis() - now));
        }
        put(states, LimitName.MINUTE, limits.bound(LimitName.MINUTE), minute, now);
        put(states, LimitName.BURST, limits.bound(LimitName.BURST), burst, now);
        return states;
    }

    private static void put(LimitStates states, LimitName name, long limit, RollingWindow window, long now) {
        if (limit != 0 && window != null) {
            states.put(name, limit, remaining(limit, window.used()), ceilSeconds(window.millisUntilOldestLeaves(now)));
        }
    }

    private static long remaining(long limit, long used) {
        return Math.min(Math.max(0, limit - used), limit);
    }

    static long ceilSeconds(long millis) {
        return Math.ceilDiv(millis, 1_000L);
    }
}
