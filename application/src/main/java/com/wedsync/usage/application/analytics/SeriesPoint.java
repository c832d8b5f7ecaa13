package com.wedsync.usage.application.analytics;

import java.time.Instant;
import java.time.LocalDateTime;

/** One period of a series: where it starts in local time and as an instant, and its totals. */
public record SeriesPoint(LocalDateTime localStart, Instant start, UsageTotals totals) {
}
