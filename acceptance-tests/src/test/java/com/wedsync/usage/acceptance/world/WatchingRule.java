package com.wedsync.usage.acceptance.world;

import java.time.Duration;

/**
 * One alert rule that watches an organization, as its owner reads it: which measure, when it alerts (the
 * comparator's symbol and the threshold), over how long, how soon it is raised, how severe, and where it came
 * from (usage-analytics for a usage alert threshold). The id tells whether a rule is still the same one.
 */
public record WatchingRule(String id, String metric, String comparator, double threshold, Duration window,
                           Duration heldFor, String severity, String source) {
}
