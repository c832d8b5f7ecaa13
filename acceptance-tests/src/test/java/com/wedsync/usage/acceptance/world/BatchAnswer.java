package com.wedsync.usage.acceptance.world;

/** What became of a batch of usage events. */
public record BatchAnswer(int accepted, int duplicates, int rejected) {
}
