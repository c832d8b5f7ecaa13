package com.wedsync.usage.acceptance.inprocess;

import com.wedsync.usage.acceptance.world.ScenarioWorld;
import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import io.cucumber.java.After;
import io.cucumber.java.Before;

import java.util.concurrent.atomic.AtomicLong;

/** Connects each scenario to the use cases, over a fresh in-memory embedded database of its own. */
public final class UseCaseHooks {

    private static final AtomicLong DATABASES = new AtomicLong();

    private final ScenarioWorld world;

    public UseCaseHooks(ScenarioWorld world) {
        this.world = world;
    }

    @Before(order = 0)
    public void connectTheUseCases() {
        EmbeddedDatabase database = EmbeddedDatabase.inMemory("scenario-" + DATABASES.incrementAndGet());
        world.connect(new UseCaseMonitor(world.clock(), database));
    }

    @After
    public void disconnect() {
        world.disconnect();
    }
}
