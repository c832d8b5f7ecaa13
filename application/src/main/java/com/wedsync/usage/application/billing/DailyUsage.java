package com.wedsync.usage.application.billing;

import java.time.LocalDate;

/**
 * One local day of an organization's usage: the calls in the usage log and their 4xx, 5xx and bytes, and the
 * decisions taken that day (admitted, denied).
 */
public record DailyUsage(LocalDate day, long calls, long clientErrors, long serverErrors, long requestBytes,
                         long responseBytes, long admitted, long denied) {

    public static DailyUsage none(LocalDate day) {
        return new DailyUsage(day, 0, 0, 0, 0, 0, 0, 0);
    }
}
