package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.application.port.UsageBucket;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.Organization;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/** Assembles an organization's usage report from the usage log, the decision tallies and the quota counters. */
public final class QueryUsageService implements QueryUsageUseCase {

    private static final int TOP_ENDPOINTS = 10;

    private final TenantDirectory directory;
    private final UsageEventLog log;
    private final DecisionTallies tallies;
    private final QuotaCounters counters;
    private final InstantSource clock;

    public QueryUsageService(TenantDirectory directory, UsageEventLog log, DecisionTallies tallies,
                             QuotaCounters counters, InstantSource clock) {
        this.directory = directory;
        this.log = log;
        this.tallies = tallies;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public UsageReport query(QueryUsageCommand command) {
        Organization organization = directory.organization(command.organizationId())
                .filter(found -> command.principal().canRead(found.id()))
                .orElseThrow(() -> new NotFoundException("organization", command.organizationId().value()));
        LocalCalendar calendar = new LocalCalendar(organization.timeZone());
        List<UsageBucket> buckets = log.buckets(organization.id(), command.from(), command.to());
        LocalDate firstDay = calendar.dayOf(command.from());
        LocalDate lastDay = calendar.dayOf(command.to().minusMillis(1));
        return new UsageReport(organization.id(), organization.tier(), organization.timeZone(), command.from(),
                command.to(), command.granularity(), SeriesFolder.totals(buckets),
                SeriesFolder.fold(buckets, organization.timeZone(), command.granularity()),
                log.topEndpoints(organization.id(), command.from(), command.to(), TOP_ENDPOINTS),
                log.statusCounts(organization.id(), command.from(), command.to()),
                tallies.tally(organization.id(), firstDay, lastDay), quotaToday(organization, calendar));
    }

    private QuotaToday quotaToday(Organization organization, LocalCalendar calendar) {
        Instant now = clock.instant();
        LimitSet limits = directory.tier(organization.tier()).map(Tier::limits).orElse(LimitSet.of(null, null, null))
                .overriddenBy(organization.overrides());
        OptionalLong daily = limits.limit(LimitName.DAILY);
        long used = counters.usedToday(organization.id(), calendar);
        return new QuotaToday(calendar.dayOf(now), daily.isPresent() ? daily.getAsLong() : null, used,
                daily.isPresent() ? Math.max(0, daily.getAsLong() - used) : null, calendar.endOfDayContaining(now));
    }
}
