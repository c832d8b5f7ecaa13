package com.wedsync.usage.acceptance.world;

import java.time.LocalDate;

/** One row of the billing export: a local day of the organization, its calls and errors, and its decisions. */
public record BilledDay(LocalDate day, long calls, long clientErrors, long serverErrors, long admitted,
                        long denied) {
}
