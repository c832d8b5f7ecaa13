package com.wedsync.usage.acceptance.world;

import java.time.Instant;
import java.util.List;

/** An incident as an operator reads it: its state and its history, each step with who, when and why. */
public record IncidentView(String id, String state, List<Step> history) {

    /** {@code comment} is null when the step has none. */
    public record Step(String kind, String by, Instant at, String comment) {
    }
}
