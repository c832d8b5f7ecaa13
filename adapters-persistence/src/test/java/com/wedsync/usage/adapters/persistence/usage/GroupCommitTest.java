package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.sql.PersistenceException;
import com.wedsync.usage.application.StoreUnavailableException;
import com.wedsync.usage.application.health.IngestBacklog;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static com.wedsync.usage.application.port.AppendOutcome.DUPLICATE;
import static com.wedsync.usage.application.port.AppendOutcome.STORED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit without a database: a store that holds its first group until told, so that the appends arriving
 * meanwhile queue up and must travel together in the next group.
 */
class GroupCommitTest {

    private final HeldStore store = new HeldStore();
    private final GroupCommit groupCommit = new GroupCommit(store, 16, 1_000);

    @AfterEach
    void stop() {
        store.release();
        groupCommit.close();
    }

    @Test
    void appendsThatQueueWhileAGroupIsWrittenShareTheNextGroupAndEachGetsItsOwnOutcomes() throws Exception {
        CompletableFuture<List<AppendOutcome>> first = appendQueued(List.of(event()));
        store.awaitFirstGroup();
        UsageEvent known = event();
        store.alreadyStored.add(known.eventId());
        CompletableFuture<List<AppendOutcome>> second = appendQueued(List.of(event(), known));
        CompletableFuture<List<AppendOutcome>> third = appendQueued(List.of(event()));

        store.release();

        assertThat(first.get()).containsExactly(STORED);
        assertThat(second.get()).containsExactly(STORED, DUPLICATE);
        assertThat(third.get()).containsExactly(STORED);
        assertThat(store.groupSizes).containsExactly(1, 3);
    }

    @Test
    void theBacklogIsTheBatchesWaitingBehindTheGroupBeingWritten() throws Exception {
        assertThat(groupCommit.backlog()).isEqualTo(new IngestBacklog(0, 16));
        CompletableFuture<List<AppendOutcome>> first = appendQueued(List.of(event()));
        store.awaitFirstGroup();
        CompletableFuture<List<AppendOutcome>> second = appendQueued(List.of(event(), event()));
        CompletableFuture<List<AppendOutcome>> third = appendQueued(List.of(event()));

        assertThat(groupCommit.backlog()).isEqualTo(new IngestBacklog(2, 16));
        store.release();
        CompletableFuture.allOf(first, second, third).get(5, TimeUnit.SECONDS);
        assertThat(groupCommit.backlog()).isEqualTo(new IngestBacklog(0, 16));
    }

    @Test
    void theFirstOccurrenceOfAnIdInAGroupWinsAcrossCallersAndTheStoreSeesItOnce() throws Exception {
        appendQueued(List.of(event()));
        store.awaitFirstGroup();
        UsageEvent shared = event();
        CompletableFuture<List<AppendOutcome>> earlier = appendQueued(List.of(shared, event()));
        CompletableFuture<List<AppendOutcome>> later = appendQueued(List.of(event(), shared, shared));

        store.release();

        assertThat(earlier.get()).containsExactly(STORED, STORED);
        assertThat(later.get()).containsExactly(STORED, DUPLICATE, DUPLICATE);
        assertThat(store.groupSizes).containsExactly(1, 3);
    }

    @Test
    void whenAGroupFailsEveryCallerInItGetsTheFailureAndOtherGroupsAreUnharmed() throws Exception {
        CompletableFuture<List<AppendOutcome>> before = appendQueued(List.of(event()));
        store.awaitFirstGroup();
        store.failingGroup = 2;
        CompletableFuture<List<AppendOutcome>> second = appendQueued(List.of(event()));
        CompletableFuture<List<AppendOutcome>> third = appendQueued(List.of(event(), event()));

        store.release();

        assertThat(before.get()).containsExactly(STORED);
        for (CompletableFuture<List<AppendOutcome>> failed : List.of(second, third)) {
            assertThatThrownBy(failed::get).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(PersistenceException.class).hasRootCauseMessage("disk full");
        }
        assertThat(groupCommit.append(List.of(event()))).containsExactly(STORED);
    }

    @Test
    void whenTheDatabaseCannotBeReachedTheAppendsQueuedMeanwhileAreRefusedAtOnceWithoutAnotherAttempt()
            throws Exception {
        store.unreachableGroup = 1;
        CompletableFuture<List<AppendOutcome>> failing = appendQueued(List.of(event()));
        store.awaitFirstGroup();
        CompletableFuture<List<AppendOutcome>> queued = appendQueued(List.of(event()));
        CompletableFuture<List<AppendOutcome>> alsoQueued = appendQueued(List.of(event(), event()));

        store.release();

        for (CompletableFuture<List<AppendOutcome>> refused : List.of(failing, queued, alsoQueued)) {
            assertThatThrownBy(refused::get).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(StoreUnavailableException.class);
        }
        assertThat(store.groupSizes).containsExactly(1);
        assertThat(groupCommit.append(List.of(event()))).containsExactly(STORED);
    }

    @Test
    void closingStoresWhatIsQueuedAndRefusesLaterAppends() throws Exception {
        appendQueued(List.of(event()));
        store.awaitFirstGroup();
        CompletableFuture<List<AppendOutcome>> queued = appendQueued(List.of(event()));
        Thread closer = Thread.ofPlatform().start(groupCommit::close);

        store.release();
        closer.join();

        assertThat(queued.get()).containsExactly(STORED);
        assertThatThrownBy(() -> groupCommit.append(List.of(event()))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withTwoWritersASecondGroupIsWrittenWhileTheFirstWaitsForItsCommit() throws Exception {
        CountDownLatch bothInFlight = new CountDownLatch(2);
        GroupCommit.GroupStore overlapping = events -> {
            bothInFlight.countDown();
            try {
                assertThat(bothInFlight.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Set<EventId> fresh = new HashSet<>();
            events.forEach(event -> fresh.add(event.eventId()));
            return fresh;
        };
        try (GroupCommit twoWriters = new GroupCommit(overlapping, 16, 1_000, 2)) {
            CompletableFuture<List<AppendOutcome>> first = CompletableFuture.supplyAsync(
                    () -> twoWriters.append(List.of(event())));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (bothInFlight.getCount() == 2 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            CompletableFuture<List<AppendOutcome>> second = CompletableFuture.supplyAsync(
                    () -> twoWriters.append(List.of(event(), event())));

            assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(STORED);
            assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly(STORED, STORED);
        }
    }

    /**
     * Appends on a thread of its own and returns once that thread waits for its commit (it is in the queue): seen
     * waiting several times in a row, so that a brief wait for the queue's lock is not taken for it.
     */
    private CompletableFuture<List<AppendOutcome>> appendQueued(List<UsageEvent> events) throws InterruptedException {
        CompletableFuture<List<AppendOutcome>> outcomes = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                outcomes.complete(groupCommit.append(events));
            } catch (RuntimeException e) {
                outcomes.completeExceptionally(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int seenWaiting = 0;
        while (seenWaiting < 3 && !outcomes.isDone() && System.nanoTime() < deadline) {
            seenWaiting = caller.getState() == Thread.State.WAITING ? seenWaiting + 1 : 0;
            Thread.sleep(5);
        }
        return outcomes;
    }

    private static UsageEvent event() {
        return new UsageEvent(new EventId(UUID.randomUUID()), new OrganizationId("acme"), Optional.empty(),
                new Endpoint("/v1/ping"), HttpMethod.GET, 200, OptionalInt.empty(), 0, 0,
                Instant.parse("2024-03-01T10:00:00Z"));
    }

    /** Holds its first group until released; fails a group when told; knows some ids as stored before. */
    private static final class HeldStore implements GroupCommit.GroupStore {
        private final CountDownLatch firstGroupArrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private final List<Integer> groupSizes = new CopyOnWriteArrayList<>();
        private final Set<EventId> alreadyStored = ConcurrentHashMap.newKeySet();
        /** The number (from 1) of the group that fails. */
        private volatile int failingGroup;
        /** The number (from 1) of the group that finds the database unreachable. */
        private volatile int unreachableGroup;

        @Override
        public Set<EventId> storeNew(List<UsageEvent> distinctEvents) {
            if (distinctEvents.stream().map(UsageEvent::eventId).distinct().count() != distinctEvents.size()) {
                throw new AssertionError("the store was given an id twice in one group");
            }
            groupSizes.add(distinctEvents.size());
            boolean failing = groupSizes.size() == failingGroup;
            boolean unreachable = groupSizes.size() == unreachableGroup;
            firstGroupArrived.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (unreachable) {
                throw new StoreUnavailableException("the usage events were not stored",
                        new SQLTransientConnectionException("Connection is not available, request timed out"));
            }
            if (failing) {
                throw new PersistenceException("the group could not be stored", new IllegalStateException("disk full"));
            }
            Set<EventId> fresh = new HashSet<>();
            distinctEvents.forEach(event -> {
                if (alreadyStored.add(event.eventId())) {
                    fresh.add(event.eventId());
                }
            });
            return fresh;
        }

        void awaitFirstGroup() throws InterruptedException {
            assertThat(firstGroupArrived.await(10, TimeUnit.SECONDS)).isTrue();
        }

        void release() {
            released.countDown();
        }
    }
}
