package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.DecisionTally;

import java.time.Instant;
import java.time.LocalDateTime;

/** One period of a series: where it starts in local time and as an instant, its totals and its decisions. */
public record SeriesPoint(LocalDateTime localStart, Instant start, UsageTotals totals, DecisionTally decisions) {
}
