package com.wedsync.usage.benchmarks.jmh;

import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.ratelimit.QuotaLedger;
import com.wedsync.usage.domain.ratelimit.QuotaRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * {@link QuotaLedger#decide} alone: one ledger per thread, SCALE limits, no lock, no map, no clock read. Time is
 * synthetic and moves {@code stepMillis} per call: 1,000 ms gives one call a second (mostly admitted, the daily
 * quota ends each simulated day after 50,000 of 86,400 calls), 1 ms gives a thousand a second (mostly denied by the
 * burst and minute windows). The time zone is {@code Europe/London} or UTC, to show what the calendar costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LedgerBenchmark {

    @Param({"1000", "1"})
    public long stepMillis;

    @Param({"UTC", "Europe/London"})
    public String zone;

    private QuotaLedger ledger;
    private LocalCalendar calendar;
    private long now;

    @Setup
    public void setUp() {
        ledger = new QuotaLedger();
        calendar = new LocalCalendar(zone.equals("UTC") ? ZoneOffset.UTC : java.time.ZoneId.of(zone));
        now = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
    }

    @Benchmark
    public Decision decide(Outcomes outcomes) {
        now += stepMillis;
        Decision decision = ledger.decide(new QuotaRequest(Instant.ofEpochMilli(now), ScaleLimits.LIMITS, calendar,
                1, false));
        outcomes.count(decision instanceof Decision.Admitted);
        return decision;
    }
}
