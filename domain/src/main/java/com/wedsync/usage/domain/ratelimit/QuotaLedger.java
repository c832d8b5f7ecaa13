package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

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
 * <p>Not thread-safe: the store that holds ledgers makes each decision one critical section.
 */
public final class QuotaLedger {

    private static final long MINUTE_MILLIS = 60_000;
    private static final long SECOND_MILLIS = 1_000;

    private final DailyCounter daily = new DailyCounter();
    private final Map<LimitName, RollingWindow> windows = new EnumMap<>(LimitName.class);
    private final LocalDayCache localDay = new LocalDayCache();
    private long latestMillis = Long.MIN_VALUE;
    private long dayEndsAtMillis = Long.MIN_VALUE;

    public Decision decide(QuotaRequest request) {
        long now = Math.max(request.now().toEpochMilli(), latestMillis);
        latestMillis = now;
        localDay.moveTo(now, request.calendar());
        LocalDate today = localDay.day();
        long millisToMidnight = localDay.endMillis() - now;
        LimitSet limits = request.limits();
        keepWindowsFor(limits);

        Map<LimitName, Long> used = usedPerLimit(limits, now, today);
        long cost = request.cost();
        Set<LimitName> tooCostly = EnumSet.noneOf(LimitName.class);
        Set<LimitName> violated = EnumSet.noneOf(LimitName.class);
        used.forEach((name, inUse) -> {
            long limit = limits.limit(name).orElseThrow();
            if (cost > limit) {
                tooCostly.add(name);
            } else if (inUse + cost > limit) {
                violated.add(name);
            }
        });
        if (!tooCostly.isEmpty()) {
            return new Decision.Denied(states(limits, used, 0, now, millisToMidnight), tooCostly,
                    DenialReason.COST_EXCEEDS_LIMIT, OptionalLong.empty(), false);
        }
        if (!violated.isEmpty()) {
            long waitMillis = violated.stream()
                    .mapToLong(name -> millisUntilRoom(name, limits, cost, now, millisToMidnight))
                    .max().orElseThrow();
            return new Decision.Denied(states(limits, used, 0, now, millisToMidnight), violated,
                    DenialReason.LIMIT_EXCEEDED, OptionalLong.of(Math.max(1, ceilSeconds(waitMillis))), false);
        }
        long consumed = request.dryRun() ? 0 : cost;
        if (consumed > 0) {
            daily.add(today, consumed);
            windows.values().forEach(window -> window.add(now, consumed));
            dayEndsAtMillis = now + millisToMidnight;
        }
        return new Decision.Admitted(states(limits, used, consumed, now, millisToMidnight), consumed, false);
    }

    /**
     * Takes over what was admitted earlier today elsewhere (before a restart, or by the shared store), when that
     * is more than this ledger has counted: the day's quota stays true across the hand-over.
     */
    public void restoreUsedToday(Instant now, LocalCalendar calendar, long used) {
        long at = Math.max(now.toEpochMilli(), latestMillis);
        localDay.moveTo(at, calendar);
        if (used > 0 && daily.used(localDay.day()) < used) {
            daily.raiseTo(localDay.day(), used);
            dayEndsAtMillis = Math.max(dayEndsAtMillis, localDay.endMillis());
        }
    }

    /** Cost admitted on {@code today}, whatever the daily limit is. */
    public long usedToday(LocalDate today) {
        return daily.used(today);
    }

    /** True when forgetting this ledger loses nothing: its last counted day is over and its windows are empty. */
    public boolean isIdle(Instant now) {
        long at = now.toEpochMilli();
        return at >= dayEndsAtMillis && windows.values().stream().allMatch(window -> window.isEmpty(at));
    }

    private void keepWindowsFor(LimitSet limits) {
        windowFor(limits, LimitName.MINUTE, MINUTE_MILLIS);
        windowFor(limits, LimitName.BURST, SECOND_MILLIS);
    }

    private void windowFor(LimitSet limits, LimitName name, long windowMillis) {
        if (limits.isUnlimited(name)) {
            windows.remove(name);
        } else {
            windows.computeIfAbsent(name, ignored -> new RollingWindow(windowMillis));
        }
    }

    private Map<LimitName, Long> usedPerLimit(LimitSet limits, long now, LocalDate today) {
        Map<LimitName, Long> used = new EnumMap<>(LimitName.class);
        for (LimitName name : limits.finite().keySet()) {
            used.put(name, name == LimitName.DAILY ? daily.used(today) : windows.get(name).used(now));
        }
        return used;
    }

    private long millisUntilRoom(LimitName name, LimitSet limits, long cost, long now, long millisToMidnight) {
        if (name == LimitName.DAILY) {
            return millisToMidnight;
        }
        return windows.get(name).millisUntilUsedAtMost(limits.limit(name).orElseThrow() - cost, now);
    }

    private List<LimitState> states(LimitSet limits, Map<LimitName, Long> usedBefore, long consumed, long now,
                                    long millisToMidnight) {
        List<LimitState> states = new ArrayList<>(usedBefore.size());
        usedBefore.forEach((name, inUse) -> {
            long limit = limits.limit(name).orElseThrow();
            long remaining = Math.max(0, limit - inUse - consumed);
            long resetMillis = name == LimitName.DAILY
                    ? millisToMidnight : windows.get(name).millisUntilOldestLeaves(now);
            states.add(new LimitState(name, limit, Math.min(remaining, limit), ceilSeconds(resetMillis)));
        });
        return states;
    }

    static long ceilSeconds(long millis) {
        return Math.ceilDiv(millis, 1_000L);
    }
}
