package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.port.UsageScope;

import java.time.ZoneId;

/** Assembles the system report from the system's rollup shards; admins only. */
public final class QuerySystemUsageService implements QuerySystemUsageUseCase {

    public static final int TOP_ORGANIZATIONS = 10;
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final UsageRollups rollups;
    private final OverviewAssembler assembler;

    public QuerySystemUsageService(UsageRollups rollups, DecisionTallies tallies) {
        this.rollups = rollups;
        this.assembler = new OverviewAssembler(rollups, tallies);
    }

    @Override
    public SystemUsageReport query(QuerySystemUsageCommand command) {
        if (!command.principal().isAdmin()) {
            throw new AccessDeniedException("only admins may read the system's usage");
        }
        UsageOverview overview = assembler.assemble(UsageScope.system(), UTC, command.from(),
                command.to(), command.granularity());
        return new SystemUsageReport(overview,
                rollups.busiestOrganizations(overview.from(), overview.to(), TOP_ORGANIZATIONS));
    }
}
