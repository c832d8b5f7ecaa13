package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.ByteArrayCodec;
import org.redisson.client.codec.StringCodec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Quota counters in Redis, shared by every service node: each decision is decided by a Lua script
 * ({@code decide.lua}) that reads Redis's clock ({@code TIME}), checks every finite limit, consumes from all of them
 * or from none, sets its key's expiry and answers with the whole decision. Its answers equal {@code QuotaLedger}'s at
 * Redis's time: the daily quota on the organization's calendar (the process offers the local days around its own
 * clock, the script picks the one holding Redis's time), the minute and the second as exact rolling windows kept as
 * (ms, cost) logs, all in one key per organization. Decisions asked while others are on their way go together, in
 * one script call ({@link DecisionBatches}). Key layout, memory and expiry are described in {@code docs/redis.md}.
 *
 * <p>Redisson's {@code RRateLimiter} is not used, though it is at hand: it adds a sorted-set entry (with random
 * bytes) for every acquisition, where this log merges the calls of one millisecond; it stamps entries with the
 * client's clock, so skewed nodes disagree on the window; one object holds one rate, so three limits would be three
 * round trips and no all-or-nothing; {@code trySetRate} ignores a changed rate once one is set, and {@code setRate}
 * forgets what was used, so a tier change would either not apply or hand out fresh quota.
 *
 * <p>A denial is kept on this node ({@link DenialMemo}) for as long as Redis would give the same answer, so that an
 * organization over its limits is denied again without a round trip.
 *
 * <p>On its own this store throws when Redis cannot be reached; the service wraps it in
 * {@link FailoverQuotaCounters}, which bounds the wait and decides locally instead.
 */
public final class RedisQuotaCounters implements QuotaCounters, AutoCloseable {

    static final String NAMESPACE = "usage";
    private static final LuaScript DECIDE = LuaScript.named("decide.lua");
    private static final LuaScript USED_TODAY = LuaScript.named("used-today.lua");
    private static final LuaScript FOLD = LuaScript.named("fold.lua");
    /**
     * Batches of decisions on their way to Redis at once ({@link DecisionBatches}). Two: while Redis runs one, the
     * client hands out the answers of the other and gathers the next, so neither waits for the other. Measured
     * with 16 callers over 10,000 organizations (RedisDecisionBenchmark, binary arguments and replies, alternating
     * runs): 29-35k decisions/s with one, 37-41k with two. With one, Redis sat idle about 40 % of the time; with
     * three, batches get smaller and each costs Redis its set-up again.
     */
    private static final int BATCHES_IN_FLIGHT = 2;
    /** Decisions in one script call at most, so that one call keeps Redis busy for a fraction of a millisecond. */
    private static final int MAX_BATCH = 64;
    /** Decisions waiting at most; more than a budget's worth of decisions at any rate Redis can serve. */
    private static final int MAX_WAITING = 4_096;
    /** Bytes of one decision's argument: four day bounds, three limits and the cost as eight bytes, a dry run as one. */
    private static final int DECISION_ARGUMENT_BYTES = 8 * Long.BYTES + 1;

    private final RedissonClient redisson;
    private final RScript scripts;
    /** For {@code decide.lua}, whose arguments and reply are binary. */
    private final RScript binaryScripts;
    private final String namespace;
    private final InstantSource processClock;
    private final InstantSource scriptClock;
    private final LocalDays localDays = new LocalDays();
    private final DenialMemo denials;
    private final DecisionBatches batches;

    /**
     * Counters under {@code namespace}. {@code scriptClock} is for tests only: when set, the scripts decide at its
     * time instead of Redis's, so that a test can move time; production passes null. Denials are remembered on the
     * real clock only: a test that wants them remembered on its own clock says so with the other constructor.
     */
    RedisQuotaCounters(RedissonClient redisson, String namespace, InstantSource processClock,
                       InstantSource scriptClock) {
        this(redisson, namespace, processClock, scriptClock, scriptClock == null);
    }

    /**
     * {@code rememberDenials}: whether denials are kept ({@link DenialMemo}), on the real monotonic clock or, when
     * {@code scriptClock} is set, on that one, which must then never step back (the memo's time cannot stand still).
     */
    RedisQuotaCounters(RedissonClient redisson, String namespace, InstantSource processClock,
                       InstantSource scriptClock, boolean rememberDenials) {
        this.redisson = redisson;
        this.scripts = redisson.getScript(StringCodec.INSTANCE);
        this.binaryScripts = redisson.getScript(ByteArrayCodec.INSTANCE);
        this.namespace = namespace;
        this.processClock = processClock;
        this.scriptClock = scriptClock;
        this.denials = rememberDenials ? new DenialMemo(scriptClock == null ? System::nanoTime
                : () -> scriptClock.millis() * 1_000_000L) : null;
        this.batches = new DecisionBatches(this::decideAll,
                redisson.getConfig().isClusterConfig() ? CounterKeys::slotOf : key -> 0,
                BATCHES_IN_FLIGHT, MAX_BATCH, MAX_WAITING);
    }

    /** Counters on one Redis ({@code redis://host:port}); connections are opened on first use. */
    public static RedisQuotaCounters connect(String redisUrl) {
        return connect(redisUrl, Clock.systemUTC());
    }

    /**
     * Counters on one Redis, offering the local days around {@code processClock}'s time. The decision itself is
     * made at Redis's time, so a process clock that is off by seconds changes no answer.
     */
    public static RedisQuotaCounters connect(String redisUrl, InstantSource processClock) {
        return new RedisQuotaCounters(RedisClients.standalone(redisUrl), NAMESPACE, processClock, null);
    }

    /** Counters on a Redis Cluster found through {@code seedNodes} ({@code redis://host:port} each). */
    public static RedisQuotaCounters connectCluster(List<String> seedNodes, InstantSource processClock) {
        return new RedisQuotaCounters(RedisClients.cluster(seedNodes), NAMESPACE, processClock, null);
    }

    @Override
    public Decision decide(OrganizationId organization, LimitSet limits, LocalCalendar calendar, long cost,
                           boolean dryRun, FailureMode whenUnavailable) {
        return await(decideAsync(organization, limits, calendar, cost, dryRun));
    }

    /**
     * The denial this node remembers Redis giving to this question and still valid now ({@link DenialMemo}), or
     * null; asks nothing of Redis, so it answers while Redis cannot.
     */
    public Decision rememberedDenial(OrganizationId organization, LimitSet limits, LocalCalendar calendar,
                                     long cost) {
        return denials == null ? null : denials.recall(organization, limits, calendar, cost);
    }

    /**
     * While Redis cannot be asked: the denial this node remembers Redis giving to this question, for as long as it
     * still holds (until its retry time), though its counts may be those of when Redis gave it
     * ({@link DenialMemo#recallStillDenied}); or null.
     */
    public Decision denialStillHolding(OrganizationId organization, LimitSet limits, LocalCalendar calendar,
                                       long cost) {
        return denials == null ? null : denials.recallStillDenied(organization, limits, calendar, cost);
    }

    /** The decision, without waiting for it: {@link FailoverQuotaCounters} waits at most its budget. */
    public CompletableFuture<Decision> decideAsync(OrganizationId organization, LimitSet limits,
                                                   LocalCalendar calendar, long cost, boolean dryRun) {
        Decision remembered = rememberedDenial(organization, limits, calendar, cost);
        if (remembered != null) {
            return CompletableFuture.completedFuture(remembered);
        }
        return askRedis(organization, limits, calendar, cost, dryRun);
    }

    /** The decision of Redis itself, never one from memory ({@link #rememberedDenial} is the caller's to ask). */
    CompletableFuture<Decision> askRedis(OrganizationId organization, LimitSet limits, LocalCalendar calendar,
                                         long cost, boolean dryRun) {
        if (cost < 1) {
            throw new IllegalArgumentException("'cost' must be positive, was " + cost);
        }
        return decideAround(organization, limits, calendar, cost, dryRun, processClock.millis(), true);
    }

    private CompletableFuture<Decision> decideAround(OrganizationId organization, LimitSet limits,
                                                     LocalCalendar calendar, long cost, boolean dryRun,
                                                     long aroundMillis, boolean mayAskAgain) {
        LocalDays.Around days = localDays.around(calendar, aroundMillis);
        byte[] arguments = decisionArguments(days, limits, cost, dryRun);
        long asked = denials == null ? 0 : denials.now();
        return batches.ask(keys(organization).counters(), arguments).thenCompose(answer -> {
            if (DecisionReply.outcome(answer) == DecisionReply.OTHER_DAY && mayAskAgain) {
                return decideAround(organization, limits, calendar, cost, dryRun, DecisionReply.redisTime(answer),
                        false);
            }
            if (denials != null) {
                denials.learn(organization, limits, calendar, cost, answer, asked, answeredAt(answer));
            }
            return CompletableFuture.completedFuture(DecisionReply.toDecision(answer, limits));
        });
    }

    /** One decision's argument to {@code decide.lua}: nine big-endian integers. */
    private static byte[] decisionArguments(LocalDays.Around days, LimitSet limits, long cost, boolean dryRun) {
        ByteBuffer arguments = ByteBuffer.allocate(DECISION_ARGUMENT_BYTES);
        for (long bound : days.bounds()) {
            arguments.putLong(bound);
        }
        return arguments.putLong(limits.bound(LimitName.DAILY)).putLong(limits.bound(LimitName.MINUTE))
                .putLong(limits.bound(LimitName.BURST)).putLong(cost).put((byte) (dryRun ? 1 : 0)).array();
    }

    /** Runs {@code decide.lua} once for several decisions (their keys and arguments one after the other). */
    private CompletableFuture<List<long[]>> decideAll(List<Object> keys, List<Object> arguments) {
        Object[] all = new Object[arguments.size() + 1];
        all[0] = scriptTime().getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < arguments.size(); i++) {
            all[i + 1] = arguments.get(i);
        }
        return DECIDE.<byte[]>run(binaryScripts, RScript.ReturnType.VALUE, keys, all)
                .thenApply(DecisionReply::parseAll);
    }

    /** When the script decided, on the denial memo's clock: now, or the script's time where a test sets it. */
    private long answeredAt(long[] answer) {
        return scriptClock == null ? denials.now() : DecisionReply.redisTime(answer) * 1_000_000L;
    }

    /** How many denials this node answered from memory, without asking Redis. */
    public long denialsFromMemory() {
        return denials == null ? 0 : denials.recalled();
    }

    @Override
    public long usedToday(OrganizationId organization, LocalCalendar calendar) {
        return await(usedTodayAsync(organization, calendar));
    }

    /** {@link #usedToday}, without waiting for it. */
    public CompletableFuture<Long> usedTodayAsync(OrganizationId organization, LocalCalendar calendar) {
        return usedAround(organization, calendar, processClock.millis(), true);
    }

    private CompletableFuture<Long> usedAround(OrganizationId organization, LocalCalendar calendar,
                                               long aroundMillis, boolean mayAskAgain) {
        LocalDays.Around days = localDays.around(calendar, aroundMillis);
        CompletableFuture<List<Object>> reply = USED_TODAY.run(scripts, RScript.ReturnType.MULTI,
                List.of(keys(organization).counters()), arguments(days.boundArguments(), scriptTime()));
        return reply.thenCompose(answer -> {
            long value = ((Number) answer.get(1)).longValue();
            if (((Number) answer.getFirst()).longValue() == DecisionReply.OTHER_DAY) {
                return mayAskAgain ? usedAround(organization, calendar, value, false)
                        : CompletableFuture.failedFuture(new IllegalStateException(
                                "Redis's time " + Instant.ofEpochMilli(value) + " lies on none of the days offered"));
            }
            return CompletableFuture.completedFuture(value);
        });
    }

    /**
     * Adds {@code cost}, admitted elsewhere on the organization's local day from {@code dayStart} to {@code dayEnd},
     * to that day's count, once for any number of calls with the same {@code foldId}. Completes with false when the
     * day was already over in Redis's time, so there was nothing left to correct.
     */
    public CompletableFuture<Boolean> foldAsync(OrganizationId organization, Instant dayStart, Instant dayEnd,
                                                long cost, String foldId) {
        CounterKeys keys = keys(organization);
        CompletableFuture<Long> reply = FOLD.run(scripts, RScript.ReturnType.INTEGER,
                List.of(keys.counters(), keys.fold(foldId)), cost, dayStart.toEpochMilli(), dayEnd.toEpochMilli(),
                scriptTime());
        return reply.thenApply(folded -> folded >= 0);
    }

    /** Completes when every Redis node this store uses has answered. */
    public CompletableFuture<Void> pingAsync() {
        return redisson.getKeys().countAsync().toCompletableFuture().thenApply(count -> null);
    }

    /**
     * Completes when every Redis node has answered and holds this store's scripts ({@code SCRIPT LOAD} on each):
     * otherwise the first decisions on a node that started or restarted empty would each pay for an {@code EVAL}
     * with the script's text, on their budget.
     */
    public CompletableFuture<Void> readyAsync() {
        return pingAsync().thenCompose(answered -> CompletableFuture.allOf(
                DECIDE.loadInto(scripts), USED_TODAY.loadInto(scripts), FOLD.loadInto(scripts)));
    }

    @Override
    public void close() {
        redisson.shutdown();
    }

    private CounterKeys keys(OrganizationId organization) {
        return new CounterKeys(namespace, organization);
    }

    private String scriptTime() {
        return scriptClock == null ? "" : Long.toString(scriptClock.millis());
    }

    private static Object[] arguments(Object[] first, Object... rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
