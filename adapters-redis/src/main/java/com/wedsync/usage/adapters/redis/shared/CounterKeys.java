package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.LocalDate;
import java.util.List;

/**
 * The Redis key layout of one organization: {@code <namespace>:{<organizationId>}:<counter>}. The braces make the
 * organization the hash tag, so that all of its keys live in one Cluster slot and one script may touch them all;
 * an organization id cannot contain a brace, so the tag is always exactly the id.
 */
record CounterKeys(String namespace, OrganizationId organization) {

    /** The counter of one local day: the cost admitted on it, gone when the day is over. */
    String day(LocalDate date) {
        return prefix() + "day:" + date;
    }

    /**
     * The latest time decided at and the logs of the rolling minute and second, packed into one string (see
     * {@code decide.lua}), so that a decision reads and writes them with one command each.
     */
    String windows() {
        return prefix() + "windows";
    }

    /** The marker of one fold of locally admitted cost, so that it is added once. */
    String fold(String foldId) {
        return prefix() + "fold:" + foldId;
    }

    /** The keys of the decision script, in its order. */
    List<Object> forDecision(LocalDays.Around days) {
        return List.of(day(days.day(0)), day(days.day(1)), day(days.day(2)), windows());
    }

    /** The keys of the used-today script, in its order. */
    List<Object> forUsedToday(LocalDays.Around days) {
        return List.of(day(days.day(0)), day(days.day(1)), day(days.day(2)), windows());
    }

    private String prefix() {
        return namespace + ":{" + organization.value() + "}:";
    }
}
