package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;
import com.wedsync.usage.domain.ratelimit.LimitState;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The decision script's reply (see {@code decide.lua}) read as a {@link Decision}: the script counts and times, this
 * class turns what was used into what remains (never below zero, never above the limit) for every finite limit.
 */
final class DecisionReply {

    static final long ADMITTED = 0;
    static final long LIMIT_EXCEEDED = 1;
    static final long COST_EXCEEDS_LIMIT = 2;
    /** Redis's time lies outside the days the call offered; the reply holds that time. */
    static final long OTHER_DAY = 3;
    /** Integers in the reply to one decision. */
    private static final int FIELDS = 11;
    /** Bytes of the reply to one decision: outcome and violated as one byte each, the rest eight each. */
    private static final int REPLY_BYTES = 2 + (FIELDS - 2) * Long.BYTES;

    private DecisionReply() {
    }

    static long outcome(long[] reply) {
        return number(reply, 0);
    }

    /** Redis's time, in epoch milliseconds, of a reply of any outcome. */
    static long redisTime(long[] reply) {
        return number(reply, 4);
    }

    static Decision toDecision(long[] reply, LimitSet limits) {
        return toDecision(reply, limits, 0);
    }

    /**
     * The decision as it reads {@code elapsedMillis} after the script made it, when nothing was admitted meanwhile:
     * the same counts, and every reset and retry time that much nearer (rounded up to whole seconds, as answers
     * give them; a retry at least 1 s away).
     */
    static Decision toDecision(long[] reply, LimitSet limits, long elapsedMillis) {
        List<LimitState> states = new ArrayList<>(3);
        add(states, limits, LimitName.DAILY, number(reply, 5), seconds(number(reply, 6) - elapsedMillis));
        add(states, limits, LimitName.MINUTE, number(reply, 7), seconds(number(reply, 8) - elapsedMillis));
        add(states, limits, LimitName.BURST, number(reply, 9), seconds(number(reply, 10) - elapsedMillis));
        long outcome = outcome(reply);
        if (outcome == ADMITTED) {
            return new Decision.Admitted(states, number(reply, 3), false);
        }
        Set<LimitName> violated = violated(number(reply, 1));
        if (outcome == COST_EXCEEDS_LIMIT) {
            return new Decision.Denied(states, violated, DenialReason.COST_EXCEEDS_LIMIT, OptionalLong.empty(),
                    false);
        }
        if (outcome != LIMIT_EXCEEDED) {
            throw new IllegalStateException("the decision script answered outcome " + outcome);
        }
        return new Decision.Denied(states, violated, DenialReason.LIMIT_EXCEEDED,
                OptionalLong.of(Math.max(1, seconds(number(reply, 2) - elapsedMillis))), false);
    }

    /**
     * For a denial: how long after the script's decision the same question must get the same answer, however
     * often it is asked, provided nothing is admitted meanwhile: until the first moment any window lets cost out
     * (its oldest entry leaves, or the day ends), which is never after room for the call appears.
     */
    static long unchangedForMillis(long[] reply) {
        long unchanged = number(reply, 6);
        if (number(reply, 7) > 0) {
            unchanged = Math.min(unchanged, number(reply, 8));
        }
        if (number(reply, 9) > 0) {
            unchanged = Math.min(unchanged, number(reply, 10));
        }
        return Math.min(unchanged, number(reply, 2));
    }

    /** For a denial: the milliseconds until the call would find room, if nothing more is admitted (the retry time). */
    static long retryAfterMillis(long[] reply) {
        return number(reply, 2);
    }

    /**
     * Whether some finite limit has no room left at all, so that no call of any cost can be admitted until it lets
     * cost out: then the organization's counts hold still, on every node.
     */
    static boolean someLimitIsExhausted(long[] reply, LimitSet limits) {
        return exhausted(limits.bound(LimitName.DAILY), number(reply, 5))
                || exhausted(limits.bound(LimitName.MINUTE), number(reply, 7))
                || exhausted(limits.bound(LimitName.BURST), number(reply, 9));
    }

    private static boolean exhausted(long limit, long used) {
        return limit != 0 && used >= limit;
    }

    private static long seconds(long millis) {
        return millis <= 0 ? 0 : Math.ceilDiv(millis, 1_000L);
    }

    private static void add(List<LimitState> states, LimitSet limits, LimitName name, long used, long resetSeconds) {
        long limit = limits.bound(name);
        if (limit != 0 && used >= 0) {
            states.add(new LimitState(name, limit, Math.min(Math.max(0, limit - used), limit), resetSeconds));
        }
    }

    private static Set<LimitName> violated(long bits) {
        Set<LimitName> names = EnumSet.noneOf(LimitName.class);
        for (LimitName name : LimitName.values()) {
            if ((bits & (1L << name.ordinal())) != 0) {
                names.add(name);
            }
        }
        return names;
    }

    private static long number(long[] reply, int index) {
        return reply[index];
    }

    /**
     * The replies of one call of the script: one after the other, each two bytes (outcome, violated) and nine
     * big-endian 64-bit integers (see {@code decide.lua}).
     */
    static List<long[]> parseAll(byte[] packed) {
        if (packed.length % REPLY_BYTES != 0) {
            throw new IllegalStateException("the decision script answered " + packed.length
                    + " bytes, not a multiple of " + REPLY_BYTES);
        }
        ByteBuffer replies = ByteBuffer.wrap(packed);
        List<long[]> all = new ArrayList<>(packed.length / REPLY_BYTES);
        while (replies.hasRemaining()) {
            long[] reply = new long[FIELDS];
            reply[0] = Byte.toUnsignedLong(replies.get());
            reply[1] = Byte.toUnsignedLong(replies.get());
            for (int field = 2; field < FIELDS; field++) {
                reply[field] = replies.getLong();
            }
            all.add(reply);
        }
        return all;
    }
}
