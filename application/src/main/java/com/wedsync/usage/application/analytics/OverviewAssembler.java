package com.wedsync.usage.application.analytics;

import com.wedsync.usage.application.port.DecisionBucket;
import com.wedsync.usage.application.port.DecisionTallies;
import com.wedsync.usage.application.port.UsageBucket;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.domain.analytics.RollupKind;
import com.wedsync.usage.domain.analytics.UsageMeasures;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Builds a {@link UsageOverview} from the rollups with four reads: the quarter hours of the range, the counts of the
 * period of the same length before it (summed by the store), the routes of the range, and its decisions per
 * quarter hour. The asked range is widened to whole
 * quarter hours, the rollups' granularity, and the answer says which range it covers.
 */
final class OverviewAssembler {

    private final UsageRollups rollups;
    private final DecisionTallies tallies;

    OverviewAssembler(UsageRollups rollups, DecisionTallies tallies) {
        this.rollups = rollups;
        this.tallies = tallies;
    }

    UsageOverview assemble(UsageScope scope, ZoneId zone, Instant askedFrom, Instant askedTo,
                           Granularity granularity) {
        Instant from = RollupKind.quarterHourStart(askedFrom);
        Instant to = RollupKind.quarterHourCeiling(askedTo);
        Instant previousFrom = from.minus(Duration.between(from, to));
        List<UsageBucket> current = rollups.quarterHours(scope, from, to);
        UsageMeasures sum = SeriesFolder.sum(current);
        UsageTotals totals = UsageTotals.of(sum);
        Growth growth = Growth.between(previousFrom, from, rollups.counts(scope, previousFrom, from), totals);
        List<DecisionBucket> decisions = tallies.quarterHours(scope, from, to);
        return new UsageOverview(zone, from, to, granularity, totals,
                SeriesFolder.fold(current, decisions, zone, granularity),
                TopEndpoints.of(rollups.routes(scope, from, to)), sum.statuses(),
                SeriesFolder.sumDecisions(decisions), growth);
    }
}
