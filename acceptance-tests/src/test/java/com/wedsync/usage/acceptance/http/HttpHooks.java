package com.wedsync.usage.acceptance.http;

import com.wedsync.usage.acceptance.world.ScenarioWorld;
import io.cucumber.java.After;
import io.cucumber.java.Before;

import java.util.concurrent.atomic.AtomicLong;

/** Connects each scenario to a server of its own, on the scenario's clock, reached over a socket. */
public final class HttpHooks {

    private static final AtomicLong SERVERS = new AtomicLong();

    private final ScenarioWorld world;

    public HttpHooks(ScenarioWorld world) {
        this.world = world;
    }

    @Before(order = 0)
    public void connectOverHttp() {
        world.connect(HttpMonitor.start(world.clock(), "http-scenario-" + SERVERS.incrementAndGet()));
    }

    @After
    public void disconnect() {
        world.disconnect();
    }
}
