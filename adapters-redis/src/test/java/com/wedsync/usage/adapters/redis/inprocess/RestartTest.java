package com.wedsync.usage.adapters.redis.inprocess;

import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.DecisionBucket;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The day's quota survives a restart of the process: a new store takes over what the tallies recorded. */
class RestartTest {

    private static final OrganizationId ACME = new OrganizationId("acme");
    private static final LimitSet FREE = DefaultTiers.named(DefaultTiers.FREE).limits();
    private static final LocalCalendar BUDAPEST = new LocalCalendar(ZoneId.of("Europe/Budapest"));

    /** Tallies as the decision use case writes them: admitted cost per organization and local day. */
    private static final class RecordingTallies implements DecisionTallies {
        private final Map<LocalDate, Long> admittedCost = new HashMap<>();

        @Override
        public void record(OrganizationId organization, LocalDate localDay, Instant at, Decision decision) {
            if (decision instanceof Decision.Admitted admitted) {
                admittedCost.merge(localDay, admitted.consumed(), Long::sum);
            }
        }

        @Override
        public DecisionTally tally(OrganizationId organization, LocalDate first, LocalDate last) {
            long cost = admittedCost.entrySet().stream()
                    .filter(day -> !day.getKey().isBefore(first) && !day.getKey().isAfter(last))
                    .mapToLong(Map.Entry::getValue).sum();
            return new DecisionTally(0, cost, 0, Map.of());
        }

        @Override
        public List<DecisionBucket> quarterHours(UsageScope scope, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public Map<UsageScope, DecisionTally> totals(Collection<UsageScope> scopes, Instant from, Instant to) {
            return Map.of();
        }

        @Override
        public List<OrganizationId> organizationsDenied(Instant from, Instant to, long atLeast) {
            return List.of();
        }
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-02T08:00:00Z"));
    private final RecordingTallies tallies = new RecordingTallies();

    @Test
    void aRestartedStoreKeepsTheDaysQuota() {
        InProcessQuotaCounters before = new InProcessQuotaCounters(clock, tallies);
        for (long cost : List.of(1L, 2L, 2L)) {
            tallies.record(ACME, BUDAPEST.dayOf(clock.instant()), clock.instant(), before.decide(ACME, FREE, BUDAPEST, cost, false));
        }
        clock.set(Instant.parse("2025-06-02T09:00:00Z"));
        InProcessQuotaCounters after = new InProcessQuotaCounters(clock, tallies);
        assertThat(after.usedToday(ACME, BUDAPEST)).isEqualTo(5);
        Decision next = after.decide(ACME, FREE, BUDAPEST, 1, false);
        assertThat(next.limits()).filteredOn(limit -> limit.name() == LimitName.DAILY).singleElement()
                .satisfies(daily -> assertThat(daily.remaining()).isEqualTo(94));
        assertThat(after.usedToday(ACME, BUDAPEST)).isEqualTo(6);
    }

    @Test
    void yesterdaysUsageIsNotTakenOver() {
        tallies.record(ACME, LocalDate.parse("2025-06-01"), Instant.parse("2025-06-01T10:00:00Z"), new Decision.Admitted(List.of(), 50, false));
        InProcessQuotaCounters store = new InProcessQuotaCounters(clock, tallies);
        assertThat(store.usedToday(ACME, BUDAPEST)).isZero();
        Decision first = store.decide(ACME, FREE, BUDAPEST, 1, false);
        assertThat(first.limits()).filteredOn(limit -> limit.name() == LimitName.DAILY).singleElement()
                .satisfies(daily -> assertThat(daily.remaining()).isEqualTo(99));
    }
}
