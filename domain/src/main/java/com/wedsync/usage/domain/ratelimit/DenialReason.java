package com.wedsync.usage.domain.ratelimit;

/** Why a call was denied, as the API names it. */
public enum DenialReason {
    /** A limit has no room for the call's cost now; it will later. */
    LIMIT_EXCEEDED("limit_exceeded"),
    /** The cost is larger than a limit: no wait can ever admit it. */
    COST_EXCEEDS_LIMIT("cost_exceeds_limit"),
    /** The shared counter store is unreachable and the tier fails closed. */
    STORE_UNAVAILABLE("store_unavailable");

    private final String wireName;

    DenialReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
