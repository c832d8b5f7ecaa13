package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The denials Redis gave on this node, kept so that an organization over its limits is denied again without a round
 * trip, for exactly as long as Redis would give the same answer. Only a denial in which some limit has no room left
 * at all is kept: then no call of any cost, on any node, can be admitted, so the organization's windows hold still
 * until the first moment one of them lets cost out ({@link DecisionReply#unchangedForMillis}), and until then the
 * same question (limits, calendar, cost) has the same answer, with its reset and retry times nearer by the time
 * that passed. A tier change asks a new question; so does another cost.
 *
 * <p>This is what keeps a hot organization from costing Redis a script per call while it is denied. Time is this
 * node's monotonic clock, measured from when the question was sent, so that an entry expires no later than Redis's
 * answer would change, whatever the skew between clocks.
 */
final class DenialMemo {

    private record Kept(LimitSet limits, LocalCalendar calendar, long cost, long[] reply, long answeredNanos,
                        long untilNanos, long deniedUntilNanos) {

        boolean answers(LimitSet otherLimits, LocalCalendar otherCalendar, long otherCost) {
            return cost == otherCost && limits.equals(otherLimits) && calendar.equals(otherCalendar);
        }
    }

    /** How often (in kept denials) the expired ones are swept out, so that memory follows the denied organizations. */
    private static final int SWEEP_EVERY = 1_024;

    private final ConcurrentMap<OrganizationId, Kept> denials = new ConcurrentHashMap<>();
    private final AtomicInteger keptSinceSweep = new AtomicInteger();
    private final LongAdder recalled = new LongAdder();
    private final LongSupplier nanoClock;

    DenialMemo(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    long now() {
        return nanoClock.getAsLong();
    }

    /** The denial Redis would give now, or null when this node cannot know it. */
    Decision recall(OrganizationId organization, LimitSet limits, LocalCalendar calendar, long cost) {
        Kept kept = denials.get(organization);
        if (kept == null || !kept.answers(limits, calendar, cost)) {
            return null;
        }
        long now = nanoClock.getAsLong();
        if (now - kept.untilNanos() >= 0) {
            forgetIfOver(organization, kept, now);
            return null;
        }
        recalled.increment();
        return DecisionReply.toDecision(kept.reply(), limits, (now - kept.answeredNanos()) / 1_000_000);
    }

    /**
     * While Redis cannot be asked: a denial that still holds, though Redis's answer may have changed in its counts.
     * No node can be admitted anything by Redis while a limit has no room at all, and room comes back only at the
     * retry time, so until then the organization stays denied; the windows that are not full may have let cost out
     * meanwhile, so their counts in this answer are those of the denial, not of now. Null when nothing holds.
     */
    Decision recallStillDenied(OrganizationId organization, LimitSet limits, LocalCalendar calendar, long cost) {
        Decision exact = recall(organization, limits, calendar, cost);
        if (exact != null) {
            return exact;
        }
        Kept kept = denials.get(organization);
        if (kept == null || !kept.answers(limits, calendar, cost)) {
            return null;
        }
        long now = nanoClock.getAsLong();
        if (forgetIfOver(organization, kept, now)) {
            return null;
        }
        return DecisionReply.toDecision(kept.reply(), limits, (now - kept.answeredNanos()) / 1_000_000);
    }

    /** Forgets {@code kept} once its denial no longer holds; true if it was forgotten. */
    private boolean forgetIfOver(OrganizationId organization, Kept kept, long now) {
        if (now - kept.deniedUntilNanos() >= 0) {
            denials.remove(organization, kept);
            return true;
        }
        return false;
    }

    /**
     * Learns from Redis's answer to a question sent at {@code askedNanos} and decided at {@code answeredNanos}
     * (both on this memo's clock): a denial with a limit exhausted is kept (in place of the organization's last one);
     * anything admitted means the organization's counts moved, so what was kept of it goes.
     */
    void learn(OrganizationId organization, LimitSet limits, LocalCalendar calendar, long cost, long[] reply,
               long askedNanos, long answeredNanos) {
        if (DecisionReply.outcome(reply) != DecisionReply.LIMIT_EXCEEDED
                || !DecisionReply.someLimitIsExhausted(reply, limits)) {
            if (DecisionReply.outcome(reply) == DecisionReply.ADMITTED) {
                denials.remove(organization);
            }
            return;
        }
        long until = askedNanos + DecisionReply.unchangedForMillis(reply) * 1_000_000;
        long deniedUntil = askedNanos + DecisionReply.retryAfterMillis(reply) * 1_000_000;
        denials.put(organization, new Kept(limits, calendar, cost, reply, answeredNanos, until, deniedUntil));
        if (keptSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            keptSinceSweep.set(0);
            long now = nanoClock.getAsLong();
            denials.values().removeIf(expired -> now - expired.deniedUntilNanos() >= 0);
        }
    }

    /** How many denials were answered from memory, without Redis. */
    long recalled() {
        return recalled.sum();
    }
}
