package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The limits by brute force: every admitted call is kept forever and each window is summed from scratch.
 * Slow and obviously right, it is what the real ledger is checked against.
 */
final class ReferenceLimiter {

    private record Admission(long atMillis, long cost) {
    }

    private final List<Admission> admissions = new ArrayList<>();
    private final ZoneId zone;
    private long latestMillis = Long.MIN_VALUE;

    ReferenceLimiter(ZoneId zone) {
        this.zone = zone;
    }

    /** The clock as the ledger sees it: never earlier than before. */
    long effectiveNow(long nowMillis) {
        latestMillis = Math.max(latestMillis, nowMillis);
        return latestMillis;
    }

    Map<LimitName, Long> used(long now) {
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), zone);
        Map<LimitName, Long> used = new EnumMap<>(LimitName.class);
        used.put(LimitName.DAILY, admissions.stream()
                .filter(a -> LocalDate.ofInstant(Instant.ofEpochMilli(a.atMillis()), zone).equals(today))
                .mapToLong(Admission::cost).sum());
        used.put(LimitName.MINUTE, sumWithin(now, 60_000));
        used.put(LimitName.BURST, sumWithin(now, 1_000));
        return used;
    }

    boolean wouldAdmit(long now, LimitSet limits, long cost) {
        Map<LimitName, Long> used = used(now);
        return limits.finite().entrySet().stream()
                .allMatch(limit -> used.get(limit.getKey()) + cost <= limit.getValue());
    }

    void admit(long now, long cost) {
        admissions.add(new Admission(now, cost));
    }

    private long sumWithin(long now, long windowMillis) {
        return admissions.stream().filter(a -> now - a.atMillis() < windowMillis).mapToLong(Admission::cost).sum();
    }
}
