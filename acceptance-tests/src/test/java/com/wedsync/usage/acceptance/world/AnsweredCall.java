package com.wedsync.usage.acceptance.world;

import java.time.Instant;

/** A call the scenario made, when it made it, and the answer it got. */
public record AnsweredCall(String organizationId, Instant at, CallAnswer answer) {
}
