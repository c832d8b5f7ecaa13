package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.domain.tenancy.OrganizationId;

import org.redisson.connection.CRC16;

import java.nio.charset.StandardCharsets;

/**
 * The Redis key layout of one organization: {@code <namespace>:{<organizationId>}:<name>}. The braces make the
 * organization the hash tag, so that all of its keys live in one Cluster slot and one script may touch them all;
 * an organization id cannot contain a brace, so the tag is always exactly the id.
 */
record CounterKeys(String namespace, OrganizationId organization) {

    private static final int SLOTS = 16_384;

    /**
     * The organization's counters, packed into one string (see {@code decide.lua}): the latest time decided at, the
     * cost admitted on the local day, and the logs of the rolling minute and second; a decision reads and writes
     * them with one command each. The name carries the layout's version: a node of another version never reads a
     * layout it would misread (see "Upgrading" in docs/redis.md).
     */
    String counters() {
        return prefix() + "counters:v2";
    }

    /** The marker of one fold of locally admitted cost, so that it is added once. */
    String fold(String foldId) {
        return prefix() + "fold:" + foldId;
    }

    /** The Redis Cluster slot of {@code key}: that of its hash tag, the organization. */
    static int slotOf(String key) {
        int open = key.indexOf('{');
        int close = key.indexOf('}', open + 1);
        String tag = open >= 0 && close > open + 1 ? key.substring(open + 1, close) : key;
        return CRC16.crc16(tag.getBytes(StandardCharsets.UTF_8)) % SLOTS;
    }

    private String prefix() {
        return namespace + ":{" + organization.value() + "}:";
    }
}
