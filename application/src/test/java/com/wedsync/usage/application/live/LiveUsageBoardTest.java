package com.wedsync.usage.application.live;

import com.wedsync.usage.application.live.LiveSubscription.Next;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LiveUsageBoardTest {

    private static final Instant START = Instant.parse("2025-06-02T10:00:00Z");
    private static final long S = START.getEpochSecond();
    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final OrganizationId GLOBEX = new OrganizationId("globex");
    private static final Decision ADMITTED = new Decision.Admitted(List.of(), 1, false);
    private static final Decision DENIED = new Decision.Denied(List.of(), Set.of(LimitName.MINUTE),
            DenialReason.LIMIT_EXCEEDED, OptionalLong.of(3), false);
    private static final Duration NO_WAIT = Duration.ZERO;

    private final MutableClock clock = new MutableClock(START);
    private final LiveUsageBoard board = new LiveUsageBoard(clock, 10, 20);

    @Test
    void aSecondIsSealedOnceTheClockHasPassedItWithItsCallsDecisionsErrorsAndP95() throws InterruptedException {
        LiveSubscription system = board.subscribe(Optional.empty(), OptionalLong.empty());
        List<UsageEvent> batch = new ArrayList<>();
        IntStream.rangeClosed(1, 20).forEach(ms -> batch.add(event(ACME, ms == 20 ? 500 : 200, ms)));
        Collections.shuffle(batch);
        board.recorded(batch, Collections.nCopies(20, AppendOutcome.STORED), START.plusMillis(300));
        board.decided(ACME, ADMITTED, START.plusMillis(400));
        board.decided(GLOBEX, DENIED, START.plusMillis(999));

        assertThat(system.next(NO_WAIT)).isEqualTo(new Next.Idle());
        clock.advance(Duration.ofSeconds(1));

        // Nearest rank: the 19th of 20 sorted latencies.
        assertThat(system.next(NO_WAIT)).isEqualTo(new Next.Tick(new LiveSecond(S, 20, 1, 1, 1, 19)));
    }

    @Test
    void duplicatesAreNoNewCallsAndALateNoticeCountsInTheSecondStillOpen() throws InterruptedException {
        LiveSubscription system = board.subscribe(Optional.empty(), OptionalLong.empty());
        clock.advance(Duration.ofSeconds(1));
        board.recorded(List.of(event(ACME, 200, 5), event(ACME, 404, 7)),
                List.of(AppendOutcome.DUPLICATE, AppendOutcome.STORED), START.plusMillis(1_200));
        board.decided(ACME, ADMITTED, START.plusMillis(900));
        clock.advance(Duration.ofSeconds(1));

        assertThat(system.next(NO_WAIT)).isEqualTo(new Next.Tick(LiveSecond.none(S)));
        assertThat(system.next(NO_WAIT)).isEqualTo(new Next.Tick(new LiveSecond(S + 1, 1, 1, 0, 1, 7)));
    }

    @Test
    void anOrganizationsSubscriberSeesOnlyItsOwnSeconds() throws InterruptedException {
        LiveSubscription acme = board.subscribe(Optional.of(ACME), OptionalLong.empty());
        board.decided(GLOBEX, ADMITTED, START);
        board.decided(ACME, DENIED, START);
        clock.advance(Duration.ofSeconds(2));

        assertThat(acme.next(NO_WAIT)).isEqualTo(new Next.Tick(new LiveSecond(S, 0, 0, 1, 0, null)));
        assertThat(acme.next(NO_WAIT)).isEqualTo(new Next.Tick(LiveSecond.none(S + 1)));
    }

    @Test
    void aStalledSubscriberHoldsAtMostItsBufferIsDroppedAndToldSoAfterItsBufferedSeconds()
            throws InterruptedException {
        LiveSubscription stalled = board.subscribe(Optional.empty(), OptionalLong.empty());
        clock.advance(Duration.ofSeconds(10));
        board.decided(ACME, ADMITTED, clock.instant());
        clock.advance(Duration.ofSeconds(10));
        board.decided(ACME, ADMITTED, clock.instant());

        assertThat(stalled.buffered()).isEqualTo(20);
        assertThat(board.subscribers()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        board.decided(ACME, ADMITTED, clock.instant());

        assertThat(stalled.buffered()).isEqualTo(20);
        assertThat(board.subscribers()).isZero();
        for (int second = 0; second < 20; second++) {
            assertThat(stalled.next(NO_WAIT)).isEqualTo(new Next.Tick(second == 10
                    ? new LiveSecond(S + 10, 0, 1, 0, 0, null) : LiveSecond.none(S + second)));
        }
        assertThat(stalled.next(NO_WAIT)).isEqualTo(new Next.Overflowed());
    }

    @Test
    void aClientThatResumesGetsTheSecondsAfterTheLastItSawFromTheReplay() throws InterruptedException {
        LiveSubscription first = board.subscribe(Optional.of(ACME), OptionalLong.empty());
        clock.advance(Duration.ofSeconds(1));
        assertThat(first.next(NO_WAIT)).isEqualTo(new Next.Tick(LiveSecond.none(S)));
        first.close();
        board.decided(ACME, ADMITTED, clock.instant());
        board.decided(GLOBEX, ADMITTED, clock.instant());
        clock.advance(Duration.ofSeconds(3));

        LiveSubscription resumed = board.subscribe(Optional.of(ACME), OptionalLong.of(S));

        assertThat(resumed.replayIncomplete()).isFalse();
        assertThat(resumed.next(NO_WAIT)).isEqualTo(new Next.Tick(new LiveSecond(S + 1, 0, 1, 0, 0, null)));
        assertThat(resumed.next(NO_WAIT)).isEqualTo(new Next.Tick(LiveSecond.none(S + 2)));
        assertThat(resumed.next(NO_WAIT)).isEqualTo(new Next.Tick(LiveSecond.none(S + 3)));
        assertThat(resumed.next(NO_WAIT)).isEqualTo(new Next.Idle());
    }

    @Test
    void resumingAfterASecondTheReplayNoLongerHoldsSaysSo() throws InterruptedException {
        board.subscribe(Optional.empty(), OptionalLong.empty()).close();
        clock.advance(Duration.ofSeconds(15));

        LiveSubscription resumed = board.subscribe(Optional.empty(), OptionalLong.of(S));

        assertThat(resumed.replayIncomplete()).isTrue();
        assertThat(resumed.next(NO_WAIT)).isEqualTo(new Next.Tick(LiveSecond.none(S + 5)));
    }

    @Test
    void anOrganizationNoOneWatchedHasNoReplayAndResumingItSaysSo() throws InterruptedException {
        board.decided(GLOBEX, ADMITTED, START);
        clock.advance(Duration.ofSeconds(3));

        LiveSubscription globex = board.subscribe(Optional.of(GLOBEX), OptionalLong.of(S - 1));

        assertThat(globex.replayIncomplete()).isTrue();
        assertThat(globex.next(NO_WAIT)).isEqualTo(new Next.Idle());
    }

    @Test
    void anOrganizationIsForgottenOnceNoOneHasWatchedItForTheLengthOfTheReplay() throws InterruptedException {
        board.subscribe(Optional.of(ACME), OptionalLong.empty()).close();
        clock.advance(Duration.ofSeconds(5));
        board.decided(ACME, ADMITTED, clock.instant());
        clock.advance(Duration.ofSeconds(4));

        LiveSubscription soon = board.subscribe(Optional.of(ACME), OptionalLong.of(S + 4));
        assertThat(soon.replayIncomplete()).isFalse();
        assertThat(soon.next(NO_WAIT)).isEqualTo(new Next.Tick(new LiveSecond(S + 5, 0, 1, 0, 0, null)));
        soon.close();
        clock.advance(Duration.ofSeconds(12));

        // Closed when S + 9 was open: tracked until S + 19, so S + 20 is not kept for it.
        assertThat(board.subscribe(Optional.of(ACME), OptionalLong.of(S + 18)).replayIncomplete()).isTrue();
    }

    private static UsageEvent event(OrganizationId organization, int status, int latencyMs) {
        return new UsageEvent(new EventId(UUID.randomUUID()), organization, Optional.empty(),
                new Endpoint("/v1/weddings"), HttpMethod.GET, status, OptionalInt.of(latencyMs), 0, 0, START);
    }
}
