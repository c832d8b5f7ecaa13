package com.wedsync.usage.application.live;

import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.application.port.LiveUsage;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The per-second totals of this node, in memory. Decisions and stored events are counted in the second they are
 * heard of; a second is sealed once the clock has passed it (whenever a subscriber asks for more, or a new one
 * arrives), kept in the {@link ReplayRing} of {@code replaySeconds} and handed to every subscriber. Memory is bounded
 * by the ring, the organizations watched within it, and each client's buffer of {@code clientBuffer} seconds.
 */
public final class LiveUsageBoard implements LiveUsage {

    private final InstantSource clock;
    private final int clientBuffer;
    private final ReplayRing replay;
    private final Set<LiveSubscription> subscriptions = new LinkedHashSet<>();
    private OpenSecond open;

    public LiveUsageBoard(InstantSource clock, int replaySeconds, int clientBuffer) {
        if (replaySeconds < 1 || clientBuffer < 1) {
            throw new IllegalArgumentException("'replaySeconds' and 'clientBuffer' must be positive, were "
                    + replaySeconds + " and " + clientBuffer);
        }
        this.clock = clock;
        this.clientBuffer = clientBuffer;
        this.replay = new ReplayRing(replaySeconds);
        this.open = new OpenSecond(clock.instant().getEpochSecond());
    }

    @Override
    public synchronized void decided(OrganizationId organization, Decision decision, Instant at) {
        sealBefore(at.getEpochSecond());
        open.decided(organization, decision instanceof Decision.Admitted);
    }

    @Override
    public synchronized void recorded(List<UsageEvent> events, List<AppendOutcome> outcomes, Instant at) {
        sealBefore(at.getEpochSecond());
        for (int index = 0; index < outcomes.size(); index++) {
            if (outcomes.get(index) == AppendOutcome.STORED) {
                open.stored(events.get(index));
            }
        }
    }

    /**
     * A new subscriber of {@code scope}, first handed the sealed seconds after {@code lastSecondSeen} (a client that
     * resumes), as far as the replay holds them and its buffer takes them.
     */
    public synchronized LiveSubscription subscribe(Optional<OrganizationId> scope, OptionalLong lastSecondSeen) {
        sealBefore(clock.instant().getEpochSecond());
        boolean incomplete = lastSecondSeen.isPresent()
                && replay.misses(lastSecondSeen.getAsLong(), open.epochSecond(), scope);
        LiveSubscription subscription = new LiveSubscription(this, scope, clientBuffer, incomplete);
        lastSecondSeen.ifPresent(lastSeen -> replay.after(lastSeen, scope).forEach(subscription::offer));
        subscriptions.add(subscription);
        scope.ifPresent(replay::watched);
        if (subscription.isOverflowed()) {
            drop(subscription);
        }
        return subscription;
    }

    synchronized void sealUpToNow() {
        sealBefore(clock.instant().getEpochSecond());
    }

    synchronized void unsubscribe(LiveSubscription subscription) {
        if (subscriptions.contains(subscription)) {
            drop(subscription);
        }
    }

    /** How many clients are subscribed now. */
    public synchronized int subscribers() {
        return subscriptions.size();
    }

    private void drop(LiveSubscription subscription) {
        subscriptions.remove(subscription);
        subscription.scope().filter(organization -> subscriptions.stream()
                        .noneMatch(other -> other.scope().equals(Optional.of(organization))))
                .ifPresent(organization -> replay.unwatched(organization, open.epochSecond()));
    }

    private void sealBefore(long epochSecond) {
        // Seconds older than the replay would be dropped at once; a long quiet spell is skipped, not replayed.
        if (epochSecond - open.epochSecond() > replay.seconds()) {
            open = new OpenSecond(epochSecond - replay.seconds());
        }
        while (open.epochSecond() < epochSecond) {
            SealedSecond sealed = open.seal(replay.trackedAt(open.epochSecond()));
            replay.add(sealed);
            subscriptions.stream().filter(subscription -> !subscription.offer(sealed)).toList()
                    .forEach(this::drop);
            open = new OpenSecond(open.epochSecond() + 1);
        }
    }
}
