package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.List;

/**
 * The exact, idempotent, durable log of usage events. What it stores, it also counts in the {@link UsageRollups}
 * in the same transaction; the analytics read those.
 */
public interface UsageEventLog {

    /**
     * Appends a batch whose event ids are distinct. Returns one outcome per event, in order, only once every
     * stored event is durable (committed): an acknowledged event survives a crash of the process.
     */
    List<AppendOutcome> append(List<UsageEvent> events);
}
