package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The shared counters with a bounded fallback (DESIGN §2.4). Each decision waits for Redis at most the budget
 * (default 50 ms); when Redis does not answer in time, the tier's failure mode decides: {@code open} tiers are
 * decided by the in-process store with this node's share of every limit (limit ÷ node count, at least 1) and marked
 * degraded, {@code closed} tiers are denied with {@code store_unavailable} and a retry time.
 *
 * <p>While Redis cannot answer, an organization that Redis was denying with a limit exhausted stays denied, by the
 * denial the node remembers ({@link DenialMemo}), for as long as Redis would have kept denying it; only then does the
 * node's share apply. So an organization over its limits when Redis slows down gets no fresh allowance from it.
 *
 * <p>One failure, or three answers in a row over the budget while none has come in time for two budgets, open the
 * circuit: later decisions go straight to the
 * fallback, without paying the budget again, while a probe asks Redis every second. When Redis answers, the cost
 * admitted locally per organization and local day is first folded into Redis's daily counters, exactly once, and
 * only then does Redis decide again, so the day's quota stays true. The local ledgers keep their counts, so a second
 * outage on the same day continues the node's share rather than starting it afresh.
 */
public final class FailoverQuotaCounters implements QuotaCounters, AutoCloseable {

    public static final Duration DEFAULT_BUDGET = Duration.ofMillis(50);
    static final Duration DEFAULT_PROBE_INTERVAL = Duration.ofSeconds(1);
    /**
     * Answers over the budget, one after the other, that open the circuit, provided they span
     * {@link #SLOW_BUDGETS_TO_OPEN} budgets. A failure opens it at once; a single slow answer (a pause of the machine,
     * a burst of load) only sends that call to the fallback, because a second of local decisions would give every
     * organization the node's share on top of what Redis had admitted.
     */
    static final int SLOW_ANSWERS_TO_OPEN = 3;
    /**
     * How many budgets must have passed since Redis last answered in time before slow answers open the circuit.
     * Decisions asked together travel in one call ({@code DecisionBatches}): one slow call makes all of them slow at
     * once, and that is one slow answer of Redis, not a run of them.
     */
    static final int SLOW_BUDGETS_TO_OPEN = 2;
    /** How long the service waits at start for Redis to answer before it starts degraded. */
    private static final Duration CONNECT_WAIT = Duration.ofSeconds(2);
    /** Where a question goes while the client may still be connecting, which it does on the asking thread. */
    private static final Executor CONNECTING = task -> Thread.ofVirtual().name("quota-counter-connect").start(task);

    private final RedisQuotaCounters shared;
    private final InProcessQuotaCounters local;
    private final int nodeCount;
    private final long budgetNanos;
    private final InstantSource clock;
    private final PendingFolds folds = new PendingFolds();
    private final RedisProbe probe;
    private final Decision unavailable;
    private volatile boolean connected;
    private final AtomicInteger slowAnswersInARow = new AtomicInteger();
    private volatile long lastAnswerInTime = System.nanoTime();

    /**
     * Failover from {@code shared} to {@code local} (whose idle ledgers the caller sweeps) for a service of
     * {@code nodeCount} nodes, waiting at most {@code budget} for each answer of Redis.
     */
    public FailoverQuotaCounters(RedisQuotaCounters shared, InProcessQuotaCounters local, int nodeCount,
                                 Duration budget) {
        this(shared, local, nodeCount, budget, DEFAULT_PROBE_INTERVAL, Clock.systemUTC());
    }

    FailoverQuotaCounters(RedisQuotaCounters shared, InProcessQuotaCounters local, int nodeCount, Duration budget,
                          Duration probeInterval, InstantSource clock) {
        if (nodeCount < 1) {
            throw new IllegalArgumentException("'nodeCount' must be positive, was " + nodeCount);
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("'budget' must be positive, was " + budget);
        }
        this.shared = shared;
        this.local = local;
        this.nodeCount = nodeCount;
        this.budgetNanos = budget.toNanos();
        this.clock = clock;
        this.probe = new RedisProbe(shared, folds, probeInterval);
        long retrySeconds = Math.max(1, Math.ceilDiv(probeInterval.toMillis(), 1_000L));
        this.unavailable = new Decision.Denied(List.of(), Set.of(), DenialReason.STORE_UNAVAILABLE,
                OptionalLong.of(retrySeconds), true);
        connectOrOpen();
    }

    @Override
    public Decision decide(OrganizationId organization, LimitSet limits, LocalCalendar calendar, long cost,
                           boolean dryRun, FailureMode whenUnavailable) {
        CompletableFuture<Decision> asked = null;
        if (!probe.isOpen()) {
            // Answered from memory, Redis was not asked: that answer must not count as Redis answering in time.
            Decision remembered = shared.rememberedDenial(organization, limits, calendar, cost);
            if (remembered != null) {
                return remembered;
            }
            asked = ask(() -> shared.askRedis(organization, limits, calendar, cost, dryRun));
            Decision decision = withinBudget(asked);
            if (decision != null) {
                return decision;
            }
        }
        // A denial Redis gave that still holds (a limit without room until its retry time) is the truth, not a
        // guess: no share of the limits replaces it.
        Decision remembered = shared.denialStillHolding(organization, limits, calendar, cost);
        if (remembered != null) {
            return remembered.asDegraded();
        }
        if (whenUnavailable == FailureMode.CLOSED) {
            return unavailable;
        }
        Decision decision = local.decide(organization, LocalShare.of(limits, nodeCount), calendar, cost, dryRun)
                .asDegraded();
        if (decision instanceof Decision.Admitted admitted && admitted.consumed() > 0) {
            LocalDate day = calendar.dayOf(clock.instant());
            folds.add(organization, calendar, day, admitted.consumed());
            if (asked != null) {
                takeBackIfRedisAdmitsItLate(asked, organization, calendar, day);
            }
        }
        return decision;
    }

    /**
     * A call that Redis answered too late was admitted here; if Redis admits it too, its day counts it already, so
     * the fold of the local admission is taken back (a negative fold, or the two cancel before delivery) and the
     * day counts the call once.
     */
    private void takeBackIfRedisAdmitsItLate(CompletableFuture<Decision> late, OrganizationId organization,
                                             LocalCalendar calendar, LocalDate day) {
        late.thenAccept(answer -> {
            if (answer instanceof Decision.Admitted admitted && admitted.consumed() > 0) {
                folds.add(organization, calendar, day, -admitted.consumed());
            }
        });
    }

    /** Redis's count when it answers in time; else what this node admitted locally today, a lower bound. */
    @Override
    public long usedToday(OrganizationId organization, LocalCalendar calendar) {
        if (!probe.isOpen()) {
            Long used = withinBudget(ask(() -> shared.usedTodayAsync(organization, calendar)));
            if (used != null) {
                return used;
            }
        }
        return local.usedToday(organization, calendar);
    }

    /** True while decisions are made without Redis (health reports DEGRADED). */
    public boolean isDegraded() {
        return probe.isOpen();
    }

    /** Stops probing; folds what is still pending if Redis answers now. The shared store is closed by its owner. */
    @Override
    public void close() {
        probe.close();
    }

    /**
     * Connects to Redis before the first decision needs it: the first connection takes longer than a decision's
     * budget (hundreds of milliseconds, all told). When Redis does not answer, the node starts degraded.
     */
    private void connectOrOpen() {
        try {
            ask(shared::readyAsync).get(CONNECT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            connected = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            probe.open(e);
        } catch (ExecutionException | TimeoutException e) {
            probe.open(e);
        }
    }

    /**
     * Asks Redis. Until it has answered once, the client connects lazily on the thread that asks first, and that
     * may take longer than the budget (a connect timeout); so the question is then asked from another thread.
     */
    private <T> CompletableFuture<T> ask(Supplier<CompletableFuture<T>> question) {
        return connected ? question.get() : CompletableFuture.supplyAsync(question, CONNECTING).thenCompose(f -> f);
    }

    /**
     * The answer, or null when Redis fails (the circuit opens) or does not answer within the budget (the circuit
     * opens on the third such answer in a row, once no answer has come in time for two budgets).
     */
    private <T> T withinBudget(CompletableFuture<T> answer) {
        try {
            T value = answer.get(budgetNanos, TimeUnit.NANOSECONDS);
            slowAnswersInARow.set(0);
            lastAnswerInTime = System.nanoTime();
            if (!connected) {
                connected = true;
            }
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            return null;
        } catch (ExecutionException failed) {
            probe.open(failed);
            return null;
        } catch (TimeoutException slow) {
            // Not cancelled: a late answer still tells whether Redis counted the call (takeBackIfRedisAdmitsItLate).
            if (slowAnswersInARow.incrementAndGet() >= SLOW_ANSWERS_TO_OPEN
                    && System.nanoTime() - lastAnswerInTime >= SLOW_BUDGETS_TO_OPEN * budgetNanos) {
                probe.open(slow);
            }
            return null;
        }
    }
}
