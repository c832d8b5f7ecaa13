package com.wedsync.usage.application.live;

import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One client's view of the live seconds of its scope (the system, or one organization). Sealed seconds wait in a
 * buffer of fixed size; a client that falls so far behind that the buffer is full is dropped: it still receives
 * what was buffered, then {@link Next.Overflowed}, and may resume from the last second it saw.
 */
public final class LiveSubscription implements AutoCloseable {

    /** What a client gets next: a second, nothing yet, or word that it fell behind and was dropped. */
    public sealed interface Next permits Next.Tick, Next.Idle, Next.Overflowed {
        record Tick(LiveSecond second) implements Next {
        }

        record Idle() implements Next {
        }

        record Overflowed() implements Next {
        }
    }

    private final LiveUsageBoard board;
    private final Optional<OrganizationId> scope;
    private final BlockingQueue<LiveSecond> buffer;
    private final boolean replayIncomplete;
    private volatile boolean overflowed;

    LiveSubscription(LiveUsageBoard board, Optional<OrganizationId> scope, int bufferSize, boolean replayIncomplete) {
        this.board = board;
        this.scope = scope;
        this.buffer = new ArrayBlockingQueue<>(bufferSize);
        this.replayIncomplete = replayIncomplete;
    }

    public Optional<OrganizationId> scope() {
        return scope;
    }

    /**
     * True when the client asked to resume after a second that the replay no longer holds for its scope: some
     * seconds between that one and the first it now receives are lost to it.
     */
    public boolean replayIncomplete() {
        return replayIncomplete;
    }

    /** Seals the seconds that are over, then waits at most {@code wait} for the next one. */
    public Next next(Duration wait) throws InterruptedException {
        board.sealUpToNow();
        LiveSecond second = buffer.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (second != null) {
            return new Next.Tick(second);
        }
        return overflowed && buffer.isEmpty() ? new Next.Overflowed() : new Next.Idle();
    }

    /** Called under the board's lock; false when the buffer was full, and the client is then dropped. */
    boolean offer(SealedSecond sealed) {
        if (!buffer.offer(sealed.of(scope))) {
            overflowed = true;
        }
        return !overflowed;
    }

    boolean isOverflowed() {
        return overflowed;
    }

    int buffered() {
        return buffer.size();
    }

    @Override
    public void close() {
        board.unsubscribe(this);
    }
}
