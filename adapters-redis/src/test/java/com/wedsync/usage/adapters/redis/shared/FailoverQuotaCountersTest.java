package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.adapters.redis.testsupport.LocalRedis;
import com.wedsync.usage.application.health.HealthReading;
import com.wedsync.usage.application.health.HealthState;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;
import com.wedsync.usage.domain.ratelimit.LimitState;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * U4: Redis goes away while calls flow. No call fails, each returns within the budget, answers are degraded and
 * stay within this node's share; closed tiers are denied as {@code store_unavailable}; when Redis returns, its
 * daily counters include what was admitted meanwhile. The Redis here is one the test starts, kills and restarts
 * (it keeps its data across the kill, as a Redis with an append-only file does).
 */
class FailoverQuotaCountersTest {

    private static final Duration BUDGET = Duration.ofMillis(50);
    /** Scheduling on a busy build machine: a decision may return this much later than its budget. */
    private static final Duration SLACK = Duration.ofMillis(150);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(200);
    private static final int NODES = 2;
    private static final LimitSet LIMITS = LimitSet.of(100L, 20L, 10L);

    /** A fixed-offset zone in which it is about noon now, so that no local midnight falls within a test. */
    private final LocalCalendar calendar = new LocalCalendar(zoneAtNoon());
    private final List<AutoCloseable> closing = new ArrayList<>();
    private LocalRedis redis;
    /** Admissions this test's callers were given, whoever decided them. */
    private long admittedAnswers;

    @BeforeEach
    void startRedis() {
        LocalRedis.requireInstalled();
        redis = LocalRedis.durable();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable resource : closing.reversed()) {
            resource.close();
        }
        redis.close();
    }

    @Test
    void whileRedisIsDownEachNodeStaysWithinItsShareAndRedisCountsItAllWhenItReturns() {
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        FailoverQuotaCounters failover = failover(shared);
        OrganizationId organization = new OrganizationId("u4-open");
        for (int call = 0; call < 2; call++) {
            Decision decision = decideInTime(failover, organization, FailureMode.OPEN);
            assertThat(decision).isInstanceOf(Decision.Admitted.class);
            assertThat(decision.degraded()).isFalse();
        }
        redis.kill();
        List<Decision> meanwhile = new ArrayList<>();
        for (int call = 0; call < 20; call++) {
            meanwhile.add(decideInTime(failover, organization, FailureMode.OPEN));
        }
        assertThat(failover.isDegraded()).isTrue();
        assertThat(meanwhile).allMatch(Decision::degraded);
        assertThat(meanwhile).allSatisfy(decision -> assertThat(limit(decision, LimitName.DAILY).limit()).isEqualTo(50));
        long admittedLocally = meanwhile.stream().filter(Decision.Admitted.class::isInstance).count();
        assertThat(admittedLocally).as("at least the burst share, at most the minute share").isBetween(5L, 10L);

        redis.start();
        await(() -> !failover.isDegraded());
        assertThat(shared.usedToday(organization, calendar)).isEqualTo(2 + admittedLocally);
        Decision after = decideInTime(failover, organization, FailureMode.OPEN);
        assertThat(after.degraded()).isFalse();
        assertThat(limit(after, LimitName.DAILY).remaining()).isEqualTo(100 - 2 - admittedLocally - 1);
    }

    /**
     * After a long outage the client's reconnection back-off must not outlast Redis's return by much: the node
     * decides with Redis again within a few probe intervals (with Redisson's default back-off, up to 10 s).
     */
    @Test
    void afterALongOutageTheNodeIsBackOnRedisWithinTwoSeconds() throws InterruptedException {
        FailoverQuotaCounters failover = failover(connect(redis.urls().getFirst()));
        OrganizationId organization = new OrganizationId("u4-long-outage");
        answersInTime(failover, organization);
        redis.kill();
        long outageEnds = System.nanoTime() + Duration.ofSeconds(12).toNanos();
        while (System.nanoTime() < outageEnds) {
            assertThat(decideInTime(failover, organization, FailureMode.OPEN).degraded()).isTrue();
            Thread.sleep(500);
        }

        redis.start();
        long back = System.nanoTime();
        await(() -> !failover.isDegraded());

        assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(2));
        assertThat(decideInTime(failover, organization, FailureMode.OPEN).degraded()).isFalse();
    }

    @Test
    void healthIsHealthyWhileRedisAnswersDegradedWhileItIsAwayAndHealthyOnceItIsBack() {
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        FailoverQuotaCounters failover = failover(shared);
        SharedCountersHealth health = new SharedCountersHealth(shared, failover, Duration.ofMillis(500));
        OrganizationId organization = new OrganizationId("u4-health");
        decideInTime(failover, organization, FailureMode.OPEN);
        HealthReading healthy = health.check();
        assertThat(healthy.status()).isEqualTo(HealthState.HEALTHY);
        assertThat(healthy.lastSuccess()).isPresent();

        redis.kill();
        HealthReading beforeAnyDecision = health.check();
        assertThat(beforeAnyDecision.lastSuccess()).as("when Redis last answered, not when it was last asked")
                .isEqualTo(healthy.lastSuccess());
        decideInTime(failover, organization, FailureMode.OPEN);
        HealthReading failedOver = health.check();

        assertThat(beforeAnyDecision.status()).isEqualTo(HealthState.DEGRADED);
        assertThat(beforeAnyDecision.error().orElseThrow()).endsWith("; decisions will fall back to this node's share");
        assertThat(failedOver.status()).isEqualTo(HealthState.DEGRADED);
        assertThat(failedOver.error().orElseThrow())
                .startsWith("deciding with this node's share of every limit until Redis answers (");
        redis.start();
        await(() -> health.check().status() == HealthState.HEALTHY);
        assertThat(failover.isDegraded()).isFalse();
    }

    @Test
    void anOrganizationRedisWasDenyingStaysDeniedWhileRedisIsDown() throws InterruptedException {
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        FailoverQuotaCounters failover = failover(shared);
        OrganizationId organization = new OrganizationId("u4-exhausted");
        for (int second = 0; second < 2; second++) {
            for (int call = 0; call < 10; call++) {
                assertThat(decideInTime(failover, organization, FailureMode.OPEN)).isInstanceOf(Decision.Admitted.class);
            }
            Thread.sleep(1_100);
        }
        Decision overTheMinute = decideInTime(failover, organization, FailureMode.OPEN);
        assertThat(overTheMinute).isInstanceOf(Decision.Denied.class);
        assertThat(overTheMinute.degraded()).isFalse();

        redis.kill();
        List<Decision> meanwhile = new ArrayList<>();
        for (int call = 0; call < 20; call++) {
            meanwhile.add(decideInTime(failover, organization, FailureMode.OPEN));
        }

        assertThat(meanwhile).as("no share of the limits on top of a minute Redis had full")
                .allSatisfy(decision -> {
                    assertThat(decision).isInstanceOf(Decision.Denied.class);
                    assertThat(limit(decision, LimitName.MINUTE).remaining()).isZero();
                });
        Decision another = decideInTime(failover, new OrganizationId("u4-another"), FailureMode.OPEN);
        assertThat(another.degraded()).as("Redis is away for whoever needs it").isTrue();
        // A killed Redis may answer with an error (the circuit opens at once) or not at all (after two budgets).
        await(() -> decideInTime(failover, new OrganizationId("u4-another"), FailureMode.OPEN).degraded()
                && failover.isDegraded());
        Decision stillDenied = decideInTime(failover, organization, FailureMode.OPEN);
        assertThat(stillDenied).isInstanceOf(Decision.Denied.class);
        assertThat(stillDenied.degraded()).as("remembered while the circuit is open").isTrue();
    }

    @Test
    void oneSlowAnswerSendsOnlyThatCallToTheFallbackButThreeInARowOpenTheCircuit() throws InterruptedException {
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        FailoverQuotaCounters failover = failover(shared);
        OrganizationId organization = new OrganizationId("u4-slow");
        answersInTime(failover, organization);

        redis.pauseClients(300);
        assertThat(decideInTime(failover, organization, FailureMode.OPEN).degraded()).isTrue();
        Thread.sleep(400);
        assertThat(failover.isDegraded()).as("one slow answer").isFalse();
        answersInTime(failover, organization);

        redis.pauseClients(1_000);
        for (int call = 0; call < FailoverQuotaCounters.SLOW_ANSWERS_TO_OPEN; call++) {
            assertThat(decideInTime(failover, organization, FailureMode.OPEN).degraded()).isTrue();
        }
        assertThat(failover.isDegraded()).as("three slow answers in a row").isTrue();
    }

    @Test
    void aDenialStaysUntilItsRetryTimeWhileRedisIsDownThoughASecondWindowLetsCostOutSooner()
            throws InterruptedException {
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        FailoverQuotaCounters failover = failover(shared);
        OrganizationId organization = new OrganizationId("u4-minute-full");
        for (int second = 0; second < 2; second++) {
            if (second > 0) {
                Thread.sleep(1_100);
            }
            for (int call = 0; call < 10; call++) {
                assertThat(decideInTime(failover, organization, FailureMode.OPEN)).isInstanceOf(Decision.Admitted.class);
            }
        }
        Decision overTheMinute = decideInTime(failover, organization, FailureMode.OPEN);
        assertThat(overTheMinute).isInstanceOf(Decision.Denied.class);

        redis.kill();
        Thread.sleep(1_200);
        List<Decision> afterTheSecondLetsCostOut = new ArrayList<>();
        for (int call = 0; call < 12; call++) {
            afterTheSecondLetsCostOut.add(decideInTime(failover, organization, FailureMode.OPEN));
        }

        assertThat(afterTheSecondLetsCostOut).as("the minute Redis had full stays full until its retry time")
                .allSatisfy(decision -> {
                    assertThat(decision).isInstanceOf(Decision.Denied.class);
                    assertThat(decision.degraded()).isTrue();
                });
    }

    @Test
    void aStartingNodeLoadsTheScriptsBeforeItsFirstDecision() {
        String decide = LuaScript.named("decide.lua").sha();
        assertThat(redis.cli("script", "exists", decide)).isEqualTo("0");

        FailoverQuotaCounters failover = failover(connect(redis.urls().getFirst()));

        assertThat(redis.cli("script", "exists", decide)).as("loaded at start, no decision made").isEqualTo("1");
        assertThat(failover.isDegraded()).isFalse();
    }

    @Test
    void decisionsMadeSlowTogetherByOneSlowCallDoNotOpenTheCircuit() throws Exception {
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        Duration budget = Duration.ofMillis(200);
        FailoverQuotaCounters failover = new FailoverQuotaCounters(shared,
                new InProcessQuotaCounters(Clock.systemUTC()), NODES, budget, PROBE_INTERVAL, Clock.systemUTC());
        closing.add(failover);
        OrganizationId organization = new OrganizationId("u4-slow-together");
        failover.decide(organization, LIMITS, calendar, 1, false, FailureMode.OPEN);

        redis.pauseClients(300);
        List<CompletableFuture<Decision>> together = new ArrayList<>();
        for (int caller = 0; caller < 8; caller++) {
            together.add(CompletableFuture.supplyAsync(
                    () -> failover.decide(organization, LIMITS, calendar, 1, false, FailureMode.OPEN)));
        }
        for (CompletableFuture<Decision> decision : together) {
            assertThat(decision.get().degraded()).as("over the budget").isTrue();
        }

        assertThat(failover.isDegraded()).as("eight slow answers of one pause, within one budget").isFalse();
    }

    @Test
    void aCallAdmittedHereThatRedisAdmitsLateIsCountedOnce() throws InterruptedException {
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        FailoverQuotaCounters failover = failover(shared);
        OrganizationId organization = new OrganizationId("u4-late-answer");
        answersInTime(failover, organization);

        redis.pauseClients(300);
        Decision slow = decideInTime(failover, organization, FailureMode.OPEN);
        assertThat(slow.degraded()).isTrue();
        assertThat(slow).isInstanceOf(Decision.Admitted.class);
        Thread.sleep(1_000);

        assertThat(shared.usedToday(organization, calendar)).as("the call Redis admitted late, counted once")
                .isEqualTo(admittedAnswers);
    }

    @Test
    void aClosedTierIsDeniedAsStoreUnavailableWhileRedisIsDown() {
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        FailoverQuotaCounters failover = failover(shared);
        OrganizationId organization = new OrganizationId("u4-closed");
        redis.kill();
        for (int call = 0; call < 5; call++) {
            Decision.Denied denied = (Decision.Denied) decideInTime(failover, organization, FailureMode.CLOSED);
            assertThat(denied.reason()).isEqualTo(DenialReason.STORE_UNAVAILABLE);
            assertThat(denied.retryAfterSeconds()).hasValue(1);
            assertThat(denied.degraded()).isTrue();
        }
        redis.start();
        await(() -> !failover.isDegraded());
        assertThat(shared.usedToday(organization, calendar)).isZero();
    }

    @Test
    void aNodeStartedWhileRedisIsDownDecidesLocallyAndUsesRedisOnceItComes() {
        redis.kill();
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        FailoverQuotaCounters failover = failover(shared);
        OrganizationId organization = new OrganizationId("u4-late");
        Decision first = decideInTime(failover, organization, FailureMode.OPEN);
        assertThat(first.degraded()).isTrue();
        assertThat(first).isInstanceOf(Decision.Admitted.class);
        redis.start();
        await(() -> !failover.isDegraded());
        Decision second = decideInTime(failover, organization, FailureMode.OPEN);
        assertThat(second.degraded()).isFalse();
        assertThat(failover.usedToday(organization, calendar)).isEqualTo(2);
    }

    @Test
    void withNothingListeningTheBudgetIsPaidOnceNotOnEveryCall() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        FailoverQuotaCounters failover = failover(connect("redis://127.0.0.1:" + port));
        OrganizationId organization = new OrganizationId("u4-nowhere");
        assertThat(decideInTime(failover, organization, FailureMode.OPEN).degraded()).isTrue();
        long started = System.nanoTime();
        for (int call = 0; call < 100; call++) {
            assertThat(failover.decide(organization, LIMITS, calendar, 1, false, FailureMode.OPEN).degraded()).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
        assertThat(failover.isDegraded()).isTrue();
    }

    @Test
    void aFoldIsCountedOnceHoweverOftenItIsSent() throws Exception {
        RedisQuotaCounters shared = connect(redis.urls().getFirst());
        OrganizationId organization = new OrganizationId("u4-fold");
        var today = calendar.dayOf(Instant.now());
        Instant dayEnd = calendar.startOf(today.plusDays(1));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(shared.foldAsync(organization, calendar.startOf(today), dayEnd, 3, "fold-a").get()).isTrue();
        }
        shared.foldAsync(organization, calendar.startOf(today), dayEnd, 4, "fold-b").get();
        assertThat(shared.usedToday(organization, calendar)).isEqualTo(7);
        assertThat(shared.foldAsync(organization, calendar.startOf(today.minusDays(1)), calendar.startOf(today), 5,
                "late").get())
                .as("a day that is over needs no correction").isFalse();
    }

    private RedisQuotaCounters connect(String url) {
        RedisQuotaCounters shared = RedisQuotaCounters.connect(url);
        closing.add(shared);
        return shared;
    }

    private FailoverQuotaCounters failover(RedisQuotaCounters shared) {
        FailoverQuotaCounters failover = new FailoverQuotaCounters(shared,
                new InProcessQuotaCounters(Clock.systemUTC()), NODES, BUDGET, PROBE_INTERVAL, Clock.systemUTC());
        closing.add(failover);
        return failover;
    }

    /** Waits (a few calls at most) for Redis to answer within the budget: the first script call loads it. */
    private void answersInTime(FailoverQuotaCounters failover, OrganizationId organization) {
        for (int call = 0; call < 10; call++) {
            Decision decision = decideInTime(failover, organization, FailureMode.OPEN);
            if (!decision.degraded()) {
                return;
            }
        }
        throw new AssertionError("Redis did not answer within the budget in ten calls");
    }

    private Decision decideInTime(FailoverQuotaCounters failover, OrganizationId organization, FailureMode mode) {
        long started = System.nanoTime();
        Decision decision = failover.decide(organization, LIMITS, calendar, 1, false, mode);
        if (decision instanceof Decision.Admitted) {
            admittedAnswers++;
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThanOrEqualTo(BUDGET.plus(SLACK));
        return decision;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 15 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static LimitState limit(Decision decision, LimitName name) {
        return decision.limits().stream().filter(state -> state.name() == name).findFirst().orElseThrow();
    }

    private static ZoneOffset zoneAtNoon() {
        long secondOfDay = Math.floorMod(Instant.now().getEpochSecond(), 86_400);
        long offset = Math.floorMod(43_200 - secondOfDay, 86_400);
        return ZoneOffset.ofTotalSeconds((int) (offset >= 43_200 ? offset - 86_400 : offset));
    }
}
