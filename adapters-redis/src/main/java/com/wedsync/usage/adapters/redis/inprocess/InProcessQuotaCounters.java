package com.wedsync.usage.adapters.redis.inprocess;

import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.ratelimit.QuotaLedger;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Quota counters held in this process: one {@link QuotaLedger} per organization, each admission one critical
 * section on that organization's ledger, so organizations never wait for each other (no global lock) and callers of
 * one organization never overshoot. A denial, which changes nothing, is read without the lock (see
 * {@link OrganizationSlot}). Time comes from the process clock, read as epoch milliseconds.
 *
 * <p>Memory stays bounded by the active organizations: {@link #forgetIdle()} drops every ledger that holds nothing
 * a later decision could need (its day is over and its windows are empty). A ledger is locked while it is dropped
 * and marked retired, so a decision racing with the sweep retries on a fresh ledger rather than counting into one
 * that is gone.
 *
 * <p>The counters themselves live in memory, so a restart would forget the day's quota. Each ledger therefore
 * starts by taking over the cost admitted earlier today from the decision tallies (what the process before this one
 * admitted, written every second); only the rolling minute and second start empty after a restart.
 */
public final class InProcessQuotaCounters implements QuotaCounters {

    private final ConcurrentMap<OrganizationId, OrganizationSlot> slots = new ConcurrentHashMap<>();
    private final InstantSource clock;
    private final DecisionTallies history;

    /** Counters that start every organization's day from zero (tests, benchmarks). */
    public InProcessQuotaCounters(InstantSource clock) {
        this(clock, null);
    }

    /** Counters that take over each organization's day from {@code history} when they first see it. */
    public InProcessQuotaCounters(InstantSource clock, DecisionTallies history) {
        this.clock = clock;
        this.history = history;
    }

    /** Decides on this process's counters, which are always available: {@code whenUnavailable} never applies. */
    @Override
    public Decision decide(OrganizationId organization, LimitSet limits, LocalCalendar calendar, long cost,
                           boolean dryRun, FailureMode whenUnavailable) {
        return decide(organization, limits, calendar, cost, dryRun);
    }

    /** {@link #decide(OrganizationId, LimitSet, LocalCalendar, long, boolean, FailureMode)} without a failure mode. */
    public Decision decide(OrganizationId organization, LimitSet limits, LocalCalendar calendar, long cost,
                           boolean dryRun) {
        while (true) {
            OrganizationSlot slot = slots.get(organization);
            if (slot == null) {
                slot = slots.computeIfAbsent(organization, ignored -> new OrganizationSlot());
            }
            long clockMillis = clock.millis();
            boolean busy = slot.hasSeen(clockMillis);
            long now = slot.advanceTo(clockMillis);
            Decision decision = slot.optimisticDenial(now, limits, calendar, cost, busy);
            if (decision == null) {
                decision = decideLocked(slot, organization, now, limits, calendar, cost, dryRun);
            }
            if (decision != null) {
                return decision;
            }
        }
    }

    /** The decision under the slot's write lock; null when the slot was retired meanwhile. */
    private Decision decideLocked(OrganizationSlot slot, OrganizationId organization, long now, LimitSet limits,
                                  LocalCalendar calendar, long cost, boolean dryRun) {
        long stamp = slot.writeLock();
        try {
            if (slot.retired) {
                return null;
            }
            if (!slot.restored) {
                Instant at = Instant.ofEpochMilli(now);
                slot.ledger.restoreUsedToday(at, calendar, admittedEarlierToday(organization, calendar, at));
                slot.restored = true;
            }
            return slot.ledger.decide(now, limits, calendar, cost, dryRun);
        } finally {
            slot.unlockWrite(stamp);
        }
    }

    @Override
    public long usedToday(OrganizationId organization, LocalCalendar calendar) {
        OrganizationSlot slot = slots.get(organization);
        Instant now = clock.instant();
        if (slot == null) {
            return admittedEarlierToday(organization, calendar, now);
        }
        long stamp = slot.writeLock();
        try {
            return slot.ledger.usedToday(calendar.dayOf(now));
        } finally {
            slot.unlockWrite(stamp);
        }
    }

    private long admittedEarlierToday(OrganizationId organization, LocalCalendar calendar, Instant now) {
        if (history == null) {
            return 0;
        }
        var today = calendar.dayOf(now);
        return history.tally(organization, today, today).admittedCost();
    }

    /** Drops the ledgers of idle organizations; returns how many were dropped. Safe to run beside decisions. */
    public int forgetIdle() {
        Instant now = clock.instant();
        int dropped = 0;
        for (var entry : slots.entrySet()) {
            OrganizationSlot slot = entry.getValue();
            long stamp = slot.writeLock();
            try {
                if (slot.ledger.isIdle(now)) {
                    slot.retired = true;
                    slots.remove(entry.getKey(), slot);
                    dropped++;
                }
            } finally {
                slot.unlockWrite(stamp);
            }
        }
        return dropped;
    }

    /** Organizations with a ledger in memory. */
    public int activeOrganizations() {
        return slots.size();
    }
}
