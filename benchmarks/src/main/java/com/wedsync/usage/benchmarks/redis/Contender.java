package com.wedsync.usage.benchmarks.redis;

import java.util.Set;

/** One way of deciding "may organization {@code n} make a call now?" through Redis. */
interface Contender extends AutoCloseable {

    String name();

    /** Decides one call of cost 1 for organization number {@code organization}; true when admitted. */
    boolean decide(int organization);

    /**
     * Sets up what the contender keeps in Redis before its first decision (its keys have just been deleted), so that
     * a run starts from empty counters; nothing for a contender that creates its keys on first use.
     */
    default void prepare() {
    }

    /** The pattern of the Redis keys this contender writes, for memory and TTL accounting. */
    String keyPattern();

    /**
     * The Redis commands this contender sends itself ({@code INFO commandstats} names, lower case). A script's entry
     * ({@code evalsha}) includes the time of the commands it calls, which Redis also counts under their own names.
     */
    default Set<String> topLevelCommands() {
        return Set.of("eval", "evalsha");
    }

    @Override
    void close();
}
