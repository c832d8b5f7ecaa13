package com.wedsync.usage.acceptance.world;

import com.wedsync.usage.acceptance.support.TestClock;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one scenario has set up and seen so far. The glue of each run (use cases or HTTP) connects the monitor
 * before the first step; the steps only read and append here.
 */
public final class ScenarioWorld {

    /** Before any scenario's own time, since the scenario clock only moves forwards. */
    private static final Instant DEFAULT_START = Instant.parse("2020-01-01T00:00:00Z");

    private final TestClock clock = new TestClock(DEFAULT_START);
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<String, UUID> eventIds = new HashMap<>();
    private final List<AnsweredCall> calls = new ArrayList<>();
    private UsageMonitor monitor;

    public TestClock clock() {
        return clock;
    }

    public void connect(UsageMonitor connected) {
        this.monitor = connected;
    }

    public void disconnect() {
        if (monitor != null) {
            monitor.close();
            monitor = null;
        }
    }

    public UsageMonitor monitor() {
        if (monitor == null) {
            throw new IllegalStateException("no glue connected a usage monitor for this scenario");
        }
        return monitor;
    }

    public CounterHousekeeping housekeeping() {
        if (monitor() instanceof CounterHousekeeping housekeeping) {
            return housekeeping;
        }
        throw new IllegalStateException("the counters' memory is not observable through " + monitor.getClass());
    }

    public void knowZone(String organizationId, ZoneId zone) {
        zones.put(organizationId, zone);
    }

    public ZoneId zoneOf(String organizationId) {
        ZoneId zone = zones.get(organizationId);
        if (zone == null) {
            throw new IllegalStateException("no organization '" + organizationId + "' in this scenario");
        }
        return zone;
    }

    /** The scenario's own names for events ("e1") stand for UUIDs, the same UUID each time a name is used. */
    public UUID eventId(String alias) {
        return eventIds.computeIfAbsent(alias, ignored -> UUID.randomUUID());
    }

    public void remember(AnsweredCall call) {
        synchronized (calls) {
            calls.add(call);
        }
    }

    /** Every call made so far, in order; the features number them from 1. */
    public List<AnsweredCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public AnsweredCall call(int number) {
        List<AnsweredCall> made = calls();
        if (number < 1 || number > made.size()) {
            throw new IllegalArgumentException("call " + number + " was not made; " + made.size() + " were");
        }
        return made.get(number - 1);
    }
}
