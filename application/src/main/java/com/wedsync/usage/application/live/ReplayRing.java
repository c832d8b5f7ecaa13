package com.wedsync.usage.application.live;

import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last {@code seconds} sealed seconds, for clients that resume, and which organizations they are kept for: those
 * watched now ({@link #watched}), and those watched within the last {@code seconds} ({@link #unwatched}), so that a
 * client that reconnects within the replay resumes exactly while an organization no one watches costs nothing.
 */
final class ReplayRing {

    private final int seconds;
    private final ArrayDeque<SealedSecond> ring = new ArrayDeque<>();
    private final Map<OrganizationId, Long> trackedUntil = new HashMap<>();

    ReplayRing(int seconds) {
        this.seconds = seconds;
    }

    int seconds() {
        return seconds;
    }

    /** The organizations whose totals of {@code epochSecond} are to be kept. */
    Set<OrganizationId> trackedAt(long epochSecond) {
        trackedUntil.values().removeIf(until -> until < epochSecond);
        return Set.copyOf(trackedUntil.keySet());
    }

    void add(SealedSecond sealed) {
        ring.addLast(sealed);
        if (ring.size() > seconds) {
            ring.removeFirst();
        }
    }

    void watched(OrganizationId organization) {
        trackedUntil.put(organization, Long.MAX_VALUE);
    }

    /** No one watches {@code organization} any more: keep its seconds for as long as the replay reaches. */
    void unwatched(OrganizationId organization, long openSecond) {
        trackedUntil.put(organization, openSecond + seconds);
    }

    /** The sealed seconds after {@code lastSeen} that are kept for {@code scope}, oldest first. */
    List<SealedSecond> after(long lastSeen, Optional<OrganizationId> scope) {
        return ring.stream().filter(sealed -> sealed.epochSecond() > lastSeen && sealed.covers(scope)).toList();
    }

    /** True when some second after {@code lastSeen} and before {@code openSecond} is not kept for {@code scope}. */
    boolean misses(long lastSeen, long openSecond, Optional<OrganizationId> scope) {
        if (lastSeen + 1 >= openSecond) {
            return false;
        }
        return ring.isEmpty() || ring.getFirst().epochSecond() > lastSeen + 1 || ring.stream()
                .anyMatch(sealed -> sealed.epochSecond() > lastSeen && !sealed.covers(scope));
    }
}
