package com.wedsync.usage.domain.ratelimit;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.quota.TierName;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A ledger driven by a hand-held clock, for tests that read like the field cases. */
final class LedgerScenario {

    private final QuotaLedger ledger = new QuotaLedger();
    private LimitSet limits;
    private LocalCalendar calendar = new LocalCalendar(ZoneId.of("UTC"));
    private Instant now;

    LedgerScenario(TierName tier, Instant start) {
        this.limits = DefaultTiers.named(tier).limits();
        this.now = start;
    }

    LedgerScenario inZone(String zone) {
        calendar = new LocalCalendar(ZoneId.of(zone));
        return this;
    }

    void changeTier(TierName tier) {
        limits = DefaultTiers.named(tier).limits();
    }

    void at(Instant instant) {
        now = instant;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    Decision call() {
        return call(1);
    }

    Decision call(long cost) {
        return ledger.decide(new QuotaRequest(now, limits, calendar, cost, false));
    }

    Decision peek() {
        return ledger.decide(new QuotaRequest(now, limits, calendar, 1, true));
    }

    long usedToday() {
        return ledger.usedToday(calendar.dayOf(now));
    }

    static LimitState limit(Decision decision, LimitName name) {
        return decision.limits().stream().filter(state -> state.name() == name).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not reported in " + decision));
    }
}
