package com.wedsync.usage.application.billing;

import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.analytics.Granularity;
import com.wedsync.usage.application.analytics.QueryUsageCommand;
import com.wedsync.usage.application.analytics.QueryUsageUseCase;
import com.wedsync.usage.application.analytics.SeriesPoint;
import com.wedsync.usage.application.analytics.UsageTotals;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.tenancy.Organization;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the period through the organization view at day granularity, so that the bill and the customer's chart
 * are the same numbers: each day's usage and decisions are that day's point of the series.
 */
public final class ExportDailyUsageService implements ExportDailyUsageUseCase {

    private final TenantDirectory organizations;
    private final QueryUsageUseCase queryUsage;

    public ExportDailyUsageService(TenantDirectory organizations, QueryUsageUseCase queryUsage) {
        this.organizations = organizations;
        this.queryUsage = queryUsage;
    }

    @Override
    public DailyUsageExport export(ExportDailyUsageCommand command) {
        Organization organization = organizations.organization(command.organizationId())
                .filter(found -> command.principal().canRead(found.id()))
                .orElseThrow(() -> new NotFoundException("organization", command.organizationId().value()));
        if (!command.principal().canManage(organization.id())) {
            throw new AccessDeniedException("only an owner of the organization or an admin may export its usage");
        }
        ZoneId zone = organization.timeZone();
        QueryUsageCommand query = new QueryUsageCommand(command.principal(), organization.id(),
                command.first().atStartOfDay(zone).toInstant(),
                command.last().plusDays(1).atStartOfDay(zone).toInstant(), Granularity.DAY);
        Map<LocalDate, SeriesPoint> byDay = queryUsage.query(query).overview().series().stream()
                .collect(Collectors.toMap(point -> point.localStart().toLocalDate(), Function.identity()));
        List<DailyUsage> days = new ArrayList<>();
        for (LocalDate day = command.first(); !day.isAfter(command.last()); day = day.plusDays(1)) {
            days.add(dailyUsage(day, byDay.get(day)));
        }
        return new DailyUsageExport(organization.id(), zone, days);
    }

    /** A day the series left out had neither calls nor decisions. */
    private static DailyUsage dailyUsage(LocalDate day, SeriesPoint point) {
        if (point == null) {
            return new DailyUsage(day, 0, 0, 0, 0, 0, 0, 0);
        }
        UsageTotals totals = point.totals();
        return new DailyUsage(day, totals.calls(), totals.clientErrors(), totals.serverErrors(),
                totals.requestBytes(), totals.responseBytes(), point.decisions().admitted(),
                point.decisions().denied());
    }
}
