package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.adapters.persistence.rollup.RollupCheckReport;
import com.wedsync.usage.domain.quota.Tier;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * {@code usage-monitor check-rollups [since]}: checks the rollups against the raw events of the configured store
 * and exits 0 when they agree, 1 when they do not, 2 when the check could not run (the store cannot be opened, as
 * an embedded store still open in a running service, or {@code since} is not a date), so that a script never takes
 * "could not check" for "differs". {@code since} is a UTC date; by default the first whole day that every tier still
 * retains. The embedded store is a file one process opens at a time: stop the service first.
 */
final class CheckRollupsCommand {

    static final String NAME = "check-rollups";
    static final int AGREE = 0;
    static final int DIFFER = 1;
    static final int COULD_NOT_CHECK = 2;

    private CheckRollupsCommand() {
    }

    static int run(Settings settings, String[] args, Instant now, PrintStream out) {
        try (UsageStore store = UsageMonitor.openStore(settings)) {
            Instant since = args.length > 1 ? LocalDate.parse(args[1]).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : firstRetainedDay(store, now);
            RollupCheckReport report = store.checkRollups(since);
            out.println(report.summary());
            report.firstDifferences().forEach(difference -> out.println("  " + difference));
            return report.passed() ? AGREE : DIFFER;
        } catch (RuntimeException cannotCheck) {
            out.println("the rollups could not be checked: " + StartupFailure.describe(cannotCheck));
            return COULD_NOT_CHECK;
        }
    }

    private static Instant firstRetainedDay(UsageStore store, Instant now) {
        int shortestRetention = store.tiers().all().stream().mapToInt(Tier::retentionDays).min().orElse(1);
        return now.minus(shortestRetention, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
    }
}
