package com.wedsync.usage.application.analytics;

import java.time.Instant;
import java.time.LocalDate;

/** Today's daily quota on the organization's calendar; {@code limit} and {@code remaining} null when unlimited. */
public record QuotaToday(LocalDate day, Long limit, long used, Long remaining, Instant resetsAt) {
}
