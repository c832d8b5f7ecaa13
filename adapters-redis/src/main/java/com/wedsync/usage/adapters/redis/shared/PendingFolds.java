package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The cost this node admitted locally while Redis could not answer, per organization and local day, waiting to be
 * folded into Redis's daily counters so that the day's quota stays true. Decisions add to it from any thread;
 * one thread delivers. Each delivery takes what has gathered for a day, gives it an id and keeps it until Redis has
 * confirmed it: a fold whose answer was lost is sent again under the same id, and Redis adds it only once.
 */
final class PendingFolds {

    private record Day(OrganizationId organization, LocalCalendar calendar, LocalDate date) {
    }

    private record Fold(Day day, long cost, String id) {
    }

    private final ConcurrentMap<Day, Long> gathering = new ConcurrentHashMap<>();
    private final Queue<Fold> outbox = new ConcurrentLinkedQueue<>();

    /** Adds cost to the day's fold; a negative cost takes back cost that Redis counted itself after all. */
    void add(OrganizationId organization, LocalCalendar calendar, LocalDate date, long cost) {
        gathering.merge(new Day(organization, calendar, date), cost, Long::sum);
    }

    boolean isEmpty() {
        return gathering.isEmpty() && outbox.isEmpty();
    }

    /**
     * Sends every fold to {@code redis}, each waiting at most {@code wait}; on the first failure the rest stays for
     * the next delivery. Only one thread may deliver.
     */
    void deliver(RedisQuotaCounters redis, Duration wait)
            throws ExecutionException, TimeoutException, InterruptedException {
        for (Day day : gathering.keySet()) {
            Long cost = gathering.remove(day);
            if (cost != null && cost != 0) {
                outbox.add(new Fold(day, cost, UUID.randomUUID().toString()));
            }
        }
        for (Fold fold = outbox.peek(); fold != null; fold = outbox.peek()) {
            Day day = fold.day();
            redis.foldAsync(day.organization(), day.calendar().startOf(day.date()),
                    day.calendar().startOf(day.date().plusDays(1)), fold.cost(), fold.id()).get(wait.toNanos(), TimeUnit.NANOSECONDS);
            outbox.remove();
        }
    }
}
