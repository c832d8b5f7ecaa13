package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.Organization;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * Assembles an organization's usage report on its calendar from the rollups, the decision tallies and the quota
 * counters. Owners and viewers read their own organization only; another one is "not found", as if absent.
 */
public final class QueryUsageService implements QueryUsageUseCase {

    private final TenantDirectory directory;
    private final OverviewAssembler assembler;
    private final QuotaCounters counters;
    private final InstantSource clock;

    public QueryUsageService(TenantDirectory directory, UsageRollups rollups, DecisionTallies tallies,
                             QuotaCounters counters, InstantSource clock) {
        this.directory = directory;
        this.assembler = new OverviewAssembler(rollups, tallies);
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public UsageReport query(QueryUsageCommand command) {
        Organization organization = directory.organization(command.organizationId())
                .filter(found -> command.principal().canRead(found.id()))
                .orElseThrow(() -> new NotFoundException("organization", command.organizationId().value()));
        UsageOverview overview = assembler.assemble(UsageScope.of(organization.id()), organization.timeZone(),
                command.from(), command.to(), command.granularity());
        return new UsageReport(organization.id(), organization.tier(), overview, quotaToday(organization));
    }

    private QuotaToday quotaToday(Organization organization) {
        LocalCalendar calendar = new LocalCalendar(organization.timeZone());
        Instant now = clock.instant();
        LimitSet limits = directory.limitsOf(organization);
        OptionalLong daily = limits.limit(LimitName.DAILY);
        long used = counters.usedToday(organization.id(), calendar);
        LocalDate today = calendar.dayOf(now);
        return QuotaToday.of(today, daily.isPresent() ? daily.getAsLong() : null, used,
                today.atStartOfDay(organization.timeZone()).toInstant(), calendar.endOfDayContaining(now), now);
    }
}
