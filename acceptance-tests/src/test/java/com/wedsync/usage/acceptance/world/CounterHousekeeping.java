package com.wedsync.usage.acceptance.world;

/**
 * The memory of the in-process counter store, which only a driver inside the process can see: how many
 * organizations it holds state for, and the sweep that forgets the ones whose state can no longer matter.
 */
public interface CounterHousekeeping {

    /** Forgets every organization whose day is over and whose rolling windows are empty; returns how many. */
    int forgetIdle();

    int organizationsHeld();
}
